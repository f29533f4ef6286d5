import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { MembershipRequestQueue } from '../../../features/memberships';

export function MembershipRequestsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('membershipRequests.title')}
        description={t('sections.membershipRequests')}
      />
      <MembershipRequestQueue />
    </>
  );
}
