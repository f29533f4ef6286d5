import type { FreshnessReport as Report } from '@qs/shared';
import { App, Button, Card, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { errorMessage } from '../../../lib/error-messages';
import { useFreshness, useRemindConfirmations } from '../api/pool-rules';

type Row = Report['items'][number];

/** Verified profiles by pool and how current they are; the bureau reminds the late ones at once. */
export function FreshnessReport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useFreshness();
  const remind = useRemindConfirmations();

  if (report.isPending) return <ListSkeleton rows={2} />;
  if (report.isError)
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const late = report.data.items.reduce((sum, row) => sum + row.due + row.frozen, 0);

  return (
    <Card
      title={t('poolRules.freshness.title')}
      extra={
        <Popconfirm
          title={t('poolRules.freshness.confirmRemind', { count: late })}
          okText={t('poolRules.freshness.remind')}
          cancelText={t('common.cancel')}
          disabled={late === 0}
          onConfirm={() =>
            remind.mutate(
              {},
              {
                onSuccess: ({ reminded }) =>
                  void message.success(t('poolRules.freshness.reminded', { count: reminded })),
                onError: (error) => void message.error(errorMessage(t, error)),
              },
            )
          }
        >
          <Button disabled={late === 0} loading={remind.isPending}>
            {t('poolRules.freshness.remind')}
          </Button>
        </Popconfirm>
      }
    >
      <Typography.Paragraph type="secondary">{t('poolRules.freshness.intro')}</Typography.Paragraph>
      <Table<Row>
        size="small"
        rowKey="pool"
        pagination={false}
        scroll={{ x: true }}
        dataSource={report.data.items}
        columns={[
          {
            title: t('poolRules.freshness.pool'),
            dataIndex: 'pool',
            render: (pool: Row['pool']) => t(`enums.pool.${pool}`),
          },
          { title: t('poolRules.freshness.current'), dataIndex: 'current', align: 'right' },
          { title: t('poolRules.freshness.due'), dataIndex: 'due', align: 'right' },
          { title: t('poolRules.freshness.frozen'), dataIndex: 'frozen', align: 'right' },
        ]}
      />
    </Card>
  );
}
