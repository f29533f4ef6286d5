import type { UserDto } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/language-switch';
import { AuthLayout } from '../../../components/layouts/auth-layout';
import { JoinOrganizationForm, MembershipPending } from '../../../features/auth';
import { NotificationBell } from '../../../features/notifications';
import { useDocumentTitle } from '../../../hooks/use-document-title';

/**
 * What an enterprise account sees, on every page, until it is an active member: its request
 * waiting for approval, or a form to join or create an organization.
 */
export function MembershipGate({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const pending = user.membership === 'pending';
  const organization = pending ? user.organizationName : undefined;
  const title = t(pending ? 'membership.pending.title' : 'membership.join.title');
  useDocumentTitle(title);

  return (
    <AuthLayout
      title={title}
      subtitle={
        pending
          ? organization
            ? t('membership.pending.subtitle', { organization })
            : t('membership.pending.subtitleUnnamed')
          : t('membership.join.subtitle')
      }
      headerActions={
        <>
          <NotificationBell viewer={user} />
          <LanguageSwitch />
        </>
      }
    >
      {pending ? <MembershipPending /> : <JoinOrganizationForm />}
    </AuthLayout>
  );
}
