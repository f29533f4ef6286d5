import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { OutboxList } from '../../../features/mail';

export function OutboxRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('sections.outbox')} />
      <OutboxList />
    </>
  );
}
