export { invalidateMemberships } from './api/keys';
export { MembershipRequestQueue } from './components/membership-request-queue';
export { OrganizationMembers } from './components/organization-members';
