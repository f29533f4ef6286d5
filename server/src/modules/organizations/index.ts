export { registerOrganizationRoutes } from './organizations.routes';
export { findOrCreateOrganization, organizationNameKey } from './organizations.service';
export { OrganizationModel, type OrganizationRecord } from './organization.model';
