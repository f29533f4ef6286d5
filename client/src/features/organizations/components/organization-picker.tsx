import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { useOrganizations } from '../api/get-organizations';

/** A platform organization's value in the picker; any other value is a name typed by hand. */
export const ORGANIZATION_VALUE_PREFIX = 'id:';

/**
 * Organizations by name: one of the platform's (searched as you type) or any name typed in.
 * Form-controlled (`value`/`onChange` come from the Form.Item).
 */
export function OrganizationPicker(props: Omit<SelectProps<string[]>, 'mode' | 'options'>) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const organizations = useOrganizations({ page: 1, limit: 20, ...(q ? { q } : {}) });
  // Chosen ones keep their names while the search shows others.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const found = (organizations.data?.items ?? []).map((organization) => ({
    value: `${ORGANIZATION_VALUE_PREFIX}${organization.id}`,
    label: organization.name,
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
      mode="tags"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={organizations.isFetching}
      tokenSeparators={['\n']}
      options={options}
    />
  );
}
