import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { useExperts } from '../api/get-experts';

/** Experts found by name as you type; the value is their ids. */
export function ExpertPicker(props: Omit<SelectProps<string[]>, 'mode' | 'options'>) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const experts = useExperts({ page: 1, limit: 20, ...(q ? { q } : {}) });
  // Chosen ones keep their names while the search shows others.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const found = (experts.data?.items ?? []).map((expert) => ({
    value: expert.id,
    label: `${expert.name}（${expert.organization}）`,
  }));
  const options = [
    ...found,
    ...(props.value ?? [])
      .filter((value) => chosen[value] && !found.some((o) => o.value === value))
      .map((value) => ({ value, label: chosen[value] })),
  ];
  const onChange: SelectProps<string[]>['onChange'] = (values, selected) => {
    const names = Object.fromEntries(found.map((o) => [o.value, o.label]));
    setChosen((before) => ({ ...before, ...names }));
    props.onChange?.(values, selected);
  };
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
