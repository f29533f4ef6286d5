export { meQueryKey, useUser } from './api/me';
export { RedirectIfAuthenticated, RequireAuth } from './components/auth-guards';
export { JoinOrganizationForm } from './components/join-organization-form';
export { LoginForm } from './components/login-form';
export { MembershipPending } from './components/membership-pending';
export { RegisterForm } from './components/register-form';
export { ResetPasswordForm } from './components/reset-password-form';
export { UserMenu } from './components/user-menu';
