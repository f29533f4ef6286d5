export { useOrganization } from './api/get-organization';
export { useOrganizationCount } from './api/get-organizations';
export { OrganizationList } from './components/organization-list';
export {
  OrganizationPicker,
  ORGANIZATION_VALUE_PREFIX,
  organizationOfValue,
} from './components/organization-picker';
