import { can } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../components/ui/page-header';
import { useUser } from '../../../../features/auth';
import { ExpertDirectory } from '../../../../features/experts';

export function ExpertsRoute() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageHeader title={t('experts.directory.title')} description={t('sections.experts')} />
      <ExpertDirectory staffView={can(user, 'experts:read-unverified', undefined)} />
    </>
  );
}
