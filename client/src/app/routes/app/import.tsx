import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { ExpertImport } from '../../../features/experts';

export function ImportRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <ExpertImport />
    </>
  );
}
