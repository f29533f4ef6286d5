export { registerAuthRoutes, type AuthRoutesDeps } from './auth.routes';
export { registerMembershipRoutes } from './membership.routes';
export { migrateMemberships } from './membership.service';
export {
  createUser,
  ensureAdmin,
  findUserByEmail,
  findUserById,
  linkExpertProfile,
  listUsers,
} from './auth.service';
export { presentOneUser, presentUsers } from './auth.presenter';
export { createPassport, type PassportInstance } from './passport';
export { LoginThrottle } from './login-throttle';
export { UserModel, type UserRecord } from './user.model';
