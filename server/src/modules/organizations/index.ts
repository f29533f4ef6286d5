export { registerOrganizationRoutes } from './organizations.routes';
export {
  findOrCreateOrganization,
  getOrganization,
  organizationIdsMatching,
  organizationNameKey,
  organizationNames,
  refreshNameKeys,
  removeOrganization,
} from './organizations.service';
export { OrganizationModel, type OrganizationRecord } from './organization.model';
