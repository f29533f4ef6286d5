export { registerAuthRoutes, type AuthRoutesDeps } from './auth.routes';
export { registerMembershipRoutes } from './membership.routes';
export { migrateMemberships } from './membership.service';
export {
  activeMemberIds,
  createUser,
  ensureAdmin,
  findUserByEmail,
  findUserById,
  linkExpertProfile,
  listUsers,
  staffUserIds,
} from './auth.service';
export { presentOneUser, presentUsers } from './auth.presenter';
export { createPassport, type PassportInstance } from './passport';
export { LoginThrottle } from './login-throttle';
export type { UserRecord } from './user.model';
export { hashPassword } from './passwords';
