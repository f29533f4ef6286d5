import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../components/errors/forbidden';
import { PageHeader } from '../../../components/ui/page-header';
import { useUser } from '../../../features/auth';
import { OrganizationMembers } from '../../../features/memberships';

export function MembersRoute() {
  const { t } = useTranslation();
  const user = useUser();
  // The navigation opens this page to owners only, who always have an organization.
  if (!user.organizationId) return <Forbidden />;
  return (
    <>
      <PageHeader title={t('members.title')} description={t('sections.members')} />
      <OrganizationMembers organizationId={user.organizationId} currentUserId={user.id} />
    </>
  );
}
