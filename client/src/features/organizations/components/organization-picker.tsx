import {
  firstPageOf,
  SearchSelect,
  type Found,
  type SearchSelectProps,
} from '../../../components/search-select';
import { useOrganizations } from '../api/get-organizations';

/** A platform organization's value in the picker; any other value is a name typed by hand. */
export const ORGANIZATION_VALUE_PREFIX = 'id:';

/** A picked value as the API takes it: a platform organization by id, any other by name. */
export const organizationOfValue = (value: string): { id?: string; name: string } =>
  value.startsWith(ORGANIZATION_VALUE_PREFIX)
    ? { id: value.slice(ORGANIZATION_VALUE_PREFIX.length), name: value }
    : { name: value };

function useFoundOrganizations(q: string): Found {
  const organizations = useOrganizations(firstPageOf(q));
  return {
    options: (organizations.data?.items ?? []).map((organization) => ({
      value: `${ORGANIZATION_VALUE_PREFIX}${organization.id}`,
      label: organization.name,
    })),
    loading: organizations.isFetching,
  };
}

/** Organizations by name: one of the platform's (searched as you type) or any name typed in. */
export function OrganizationPicker(props: SearchSelectProps) {
  return <SearchSelect {...props} mode="tags" useFound={useFoundOrganizations} />;
}
