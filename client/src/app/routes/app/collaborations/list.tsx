import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../components/ui/page-header';
import { useUser } from '../../../../features/auth';
import { CollaborationList } from '../../../../features/collaborations';

export function CollaborationsRoute() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageHeader
        title={t('collaborations.title')}
        description={t(`collaborations.description.${user.role}`)}
      />
      <CollaborationList role={user.role} />
    </>
  );
}
