import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../components/ui/page-header';
import { OpenNeeds } from '../../../../features/needs';

/** The expert's open needs: those they may take part in, by fit, each with "感兴趣". */
export function OpenNeedsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('interests.browse.title')}
        description={t('interests.browse.description')}
      />
      <OpenNeeds />
    </>
  );
}
