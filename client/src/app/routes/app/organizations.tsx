import { can } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import { useUser } from '../../../features/auth';
import { OrganizationList } from '../../../features/organizations';
import { TaxonomySelect } from '../../../features/taxonomy';

export function OrganizationsRoute() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageHeader title={t('organizations.title')} description={t('sections.organizations')} />
      <OrganizationList
        canWrite={can(user, 'organizations:write', undefined)}
        sectorsInput={<TaxonomySelect kind="sector" multiple maxCount={16} />}
        hrefOf={(organization) => paths.app.organizationCredit.getHref(organization.id)}
      />
    </>
  );
}
