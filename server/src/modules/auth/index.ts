export { registerAuthRoutes, type AuthRoutesDeps } from './auth.routes';
export { registerMembershipRoutes } from './membership.routes';
export { migrateMemberships } from './membership.service';
export {
  activeMemberIds,
  administerUser,
  createUser,
  ensureAdmin,
  findUserByEmail,
  findUserById,
  linkExpertProfile,
  listUsers,
  RESET_LINK_HOURS,
  startPasswordReset,
  staffUserIds,
} from './auth.service';
export { presentOneUser, presentUserHistory, presentUsers } from './auth.presenter';
export { createPassport, type PassportInstance } from './passport';
export { LoginThrottle } from './login-throttle';
export type { UserRecord } from './user.model';
export { hashPassword } from './passwords';
export {
  hasNonAdminUsers,
  linkSeededAccount,
  seedDemoAccount,
  type AccountSeed,
} from './auth.seed';
