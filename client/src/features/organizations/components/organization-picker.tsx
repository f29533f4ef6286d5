import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { useOrganizations } from '../api/get-organizations';
import { useRememberedOptions } from '../../../hooks/use-remembered-options';

/** A platform organization's value in the picker; any other value is a name typed by hand. */
export const ORGANIZATION_VALUE_PREFIX = 'id:';

/** A picked value as the API takes it: a platform organization by id, any other by name. */
export const organizationOfValue = (value: string): { id?: string; name: string } =>
  value.startsWith(ORGANIZATION_VALUE_PREFIX)
    ? { id: value.slice(ORGANIZATION_VALUE_PREFIX.length), name: value }
    : { name: value };

/**
 * Organizations by name: one of the platform's (searched as you type) or any name typed in.
 * Form-controlled (`value`/`onChange` come from the Form.Item).
 */
export function OrganizationPicker({
  known,
  ...props
}: Omit<SelectProps<string[]>, 'mode' | 'options'> & {
  /** values chosen before (a record being edited) with their names */
  known?: { value: string; label: string }[];
}) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const organizations = useOrganizations({ page: 1, limit: 20, ...(q ? { q } : {}) });
  const found = (organizations.data?.items ?? []).map((organization) => ({
    value: `${ORGANIZATION_VALUE_PREFIX}${organization.id}`,
    label: organization.name,
  }));
  const { options, onChange } = useRememberedOptions(found, props, known);
  return (
    <Select<string[]>
      {...props}
      onChange={onChange}
      mode="tags"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={organizations.isFetching}
      tokenSeparators={['\n']}
      options={options}
    />
  );
}
