import { can, isStaff } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPage } from '../../../components/detail-page';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import { useUser } from '../../../features/auth';
import { CreditRecordCard } from '../../../features/credit';
import { useOrganization } from '../../../features/organizations';

/** One organization's credit record, where the bureau records events and suspends. */
export function OrganizationCreditRoute() {
  const { t } = useTranslation();
  const user = useUser();
  const { organizationId = '' } = useParams();
  const organization = useOrganization(organizationId);
  const backTo = isStaff(user)
    ? { href: paths.app.organizations.getHref(), label: t('organizations.title') }
    : { href: paths.app.credit.getHref(), label: t('credit.title') };
  return (
    <DetailPage query={organization} title={t('credit.title')} backTo={backTo}>
      {(data) => (
        <>
          <PageHeader title={data.name} description={t('credit.pageDescription')} backTo={backTo} />
          <CreditRecordCard
            subjectType="organization"
            id={data.id}
            manage={can(user, 'credit:manage', undefined)}
          />
        </>
      )}
    </DetailPage>
  );
}
