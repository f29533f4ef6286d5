import type { ReviewChange } from '@qs/shared';
import { Alert, Flex, Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { useFormatters } from '../../../lib/format';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { useExpertReview } from '../api/expert-review';

const colors = { submitted: 'blue', verified: 'green', rejected: 'red', imported: 'gray' } as const;

/** A field's value as the page shows it: skills and sectors by name, pools and states by label. */
function useValueText() {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  return (change: ReviewChange, value: ReviewChange['after']) => {
    if (value === undefined) return t('experts.review.emptyValue');
    if (change.field === 'skills' && Array.isArray(value))
      return value.map(labels.skill).join(t('common.listSeparator'));
    if (change.field === 'sectors' && Array.isArray(value))
      return value.map(labels.sector).join(t('common.listSeparator'));
    if (change.field === 'pool') return t(`enums.pool.${value as 'qingdao'}`);
    if (change.field === 'availability') return t(`enums.availability.${value as 'available'}`);
    if (change.field === 'collaborationModes' && Array.isArray(value))
      return value.map((mode) => t(`enums.collaborationMode.${mode as 'remote'}`)).join('、');
    return Array.isArray(value) ? value.join('、') : String(value);
  };
}

/** Field by field, what changed since the last verified version, and every decision with who made it. */
export function ReviewDetails({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const valueText = useValueText();
  const review = useExpertReview(expertId, true);
  if (review.isPending) return <ListSkeleton rows={2} />;
  if (review.isError)
    return <Alert type="error" showIcon title={t('experts.review.reviewFailed')} />;
  const { changes, history, lastVerifiedAt } = review.data;
  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        {lastVerifiedAt
          ? changes.length === 0
            ? t('experts.review.noChanges')
            : t('experts.review.changesSince', { time: format.dateTime(lastVerifiedAt) })
          : t('experts.review.firstReview')}
      </Typography.Text>
      {changes.length > 0 && (
        <Table<ReviewChange>
          size="small"
          caption={t('experts.review.changes')}
          rowKey="field"
          pagination={false}
          dataSource={changes}
          scroll={{ x: true }}
          columns={[
            {
              title: t('experts.review.field'),
              dataIndex: 'field',
              width: 120,
              render: (field: ReviewChange['field']) => t(`experts.fields.${field}`),
            },
            ...(lastVerifiedAt
              ? [
                  {
                    title: t('experts.review.before'),
                    key: 'before',
                    render: (_: unknown, change: ReviewChange) => (
                      <del>{valueText(change, change.before)}</del>
                    ),
                  },
                ]
              : []),
            {
              title: t('experts.review.after'),
              key: 'after',
              render: (_: unknown, change: ReviewChange) => (
                <ins style={{ textDecoration: 'none', fontWeight: 600 }}>
                  {valueText(change, change.after)}
                </ins>
              ),
            },
          ]}
        />
      )}
      <Typography.Text strong>{t('experts.review.history')}</Typography.Text>
      <Timeline
        items={history.map((event, index) => ({
          key: `${event.at}-${index}`,
          color: colors[event.decision],
          content: (
            <>
              <Typography.Text strong>{t(`experts.history.${event.decision}`)}</Typography.Text>{' '}
              <Typography.Text type="secondary">{format.dateTime(event.at)}</Typography.Text>
              {event.by?.name && (
                <Typography.Text type="secondary">
                  {' · '}
                  {t('experts.history.by', { name: event.by.name })}
                </Typography.Text>
              )}
              {event.note && (
                <Typography.Paragraph style={{ marginBottom: 0 }}>
                  {t('experts.history.note', { note: event.note })}
                </Typography.Paragraph>
              )}
            </>
          ),
        }))}
      />
    </Flex>
  );
}
