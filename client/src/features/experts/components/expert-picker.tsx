import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { useExperts } from '../api/get-experts';
import { useRememberedOptions } from '../../../hooks/use-remembered-options';

/** Experts found by name as you type; the value is their ids. */
export function ExpertPicker({
  known,
  ...props
}: Omit<SelectProps<string[]>, 'mode' | 'options'> & {
  /** values chosen before (a record being edited) with their names */
  known?: { value: string; label: string }[];
}) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const experts = useExperts({ page: 1, limit: 20, ...(q ? { q } : {}) });
  const found = (experts.data?.items ?? []).map((expert) => ({
    value: expert.id,
    label: `${expert.name}（${expert.organization}）`,
  }));
  const { options, onChange } = useRememberedOptions(found, props, known);
  return (
    <Select<string[]>
      {...props}
      onChange={onChange}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={experts.isFetching}
      options={options}
    />
  );
}
