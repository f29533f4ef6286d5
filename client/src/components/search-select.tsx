import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useRememberedOptions } from '../hooks/use-remembered-options';

type Option = { value: string; label: string };

/** What a search found for the text typed so far. */
export interface Found {
  options: Option[];
  loading: boolean;
}

export type SearchSelectProps = Omit<SelectProps<string[]>, 'mode' | 'options'> & {
  /** values chosen before (a record being edited) with their names */
  known?: Option[];
};

/** The list query for what is typed: its first page, searched when anything is typed. */
export const firstPageOf = (q: string) => ({ page: 1, limit: 20, ...(q ? { q } : {}) });

/**
 * A multi-select searching as you type: `useFound` (a hook, the same on every render) searches
 * for the settled text. Form-controlled (`value`/`onChange` come from the Form.Item).
 */
export function SearchSelect({
  useFound,
  known,
  mode = 'multiple',
  ...props
}: SearchSelectProps & {
  useFound: (q: string) => Found;
  /** `tags` also takes any text typed in as a value */
  mode?: 'multiple' | 'tags';
}) {
  const [search, setSearch] = useState('');
  const found = useFound(useDebouncedValue(search.trim()));
  const { options, onChange } = useRememberedOptions(found.options, props, known);
  return (
    <Select<string[]>
      {...props}
      onChange={onChange}
      mode={mode}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.loading}
      tokenSeparators={mode === 'tags' ? ['\n'] : undefined}
      options={options}
    />
  );
}
