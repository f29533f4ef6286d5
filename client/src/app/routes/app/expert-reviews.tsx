import { Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PageHeader } from '../../../components/ui/page-header';
import { useExpertCount, PoolSettings, VerificationQueue } from '../../../features/experts';
import { FreshnessReport, PoolRulesForm } from '../../../features/pool-rules';
import { usePhone } from '../../../hooks/use-phone';
import { useUrlQuery } from '../../../hooks/use-url-query';

const tabs = ['queue', 'pools', 'rules', 'freshness'] as const;
const tabQuerySchema = z.object({ tab: z.enum(tabs).default('queue') });

export function ExpertReviewsRoute() {
  const { t } = useTranslation();
  const [{ tab }, update] = useUrlQuery(tabQuerySchema);
  const pending = useExpertCount({ status: 'pending' });
  const phone = usePhone();
  const choose = (key: string) => update({ tab: key === 'queue' ? undefined : key });
  const items = [
    {
      key: 'queue',
      label:
        pending.data === undefined
          ? t('experts.review.tab')
          : t('experts.review.tabWithCount', { count: pending.data }),
      children: <VerificationQueue />,
    },
    { key: 'pools', label: t('experts.pools.tab'), children: <PoolSettings /> },
    { key: 'rules', label: t('poolRules.settings.tab'), children: <PoolRulesForm /> },
    { key: 'freshness', label: t('poolRules.freshness.tab'), children: <FreshnessReport /> },
  ];

  return (
    <>
      <PageHeader title={t('experts.review.title')} description={t('sections.expertReviews')} />
      {phone ? (
        // Four tabs overflow a phone, and antd's overflow menu inside the tab list is not a tab.
        <>
          <Select
            value={tab}
            onChange={choose}
            aria-label={t('experts.review.sectionPicker')}
            style={{ width: '100%', marginBottom: 16 }}
            options={items.map(({ key, label }) => ({ value: key, label }))}
          />
          {items.find((item) => item.key === tab)?.children}
        </>
      ) : (
        <Tabs activeKey={tab} onChange={choose} items={items} />
      )}
    </>
  );
}
