export { registerOrganizationRoutes } from './organizations.routes';
export {
  allianceMemberCount,
  findOrCreateOrganization,
  findOrganization,
  getOrganization,
  organizationIdsMatching,
  organizationIdsPlaced,
  organizationNameKey,
  organizationCountsByType,
  organizationNames,
  organizationCities,
  refreshNameKeys,
  removeOrganization,
} from './organizations.service';
export type { OrganizationRecord } from './organization.model';
export {
  hasOrganizations,
  organizationTotals,
  seedDemoOrganizations,
  type OrganizationSeed,
} from './organizations.seed';
