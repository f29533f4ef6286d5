import type { ExpertDto } from '@qs/shared';
import { Card, Flex, Pagination, Typography } from 'antd';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { SectorNames, SkillTags } from '../../../components/taxonomy-tags';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { useFormatters } from '../../../lib/format';
import { useExperts } from '../api/get-experts';
import { PlaceTags } from './expert-badges';
import { VerificationActions } from './verification-actions';

const PAGE_SIZE = 10;
const queueQuerySchema = z.object({ page: z.coerce.number().int().min(1).default(1) });

function QueueItem({ expert }: { expert: ExpertDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  return (
    <Card size="small">
      <article aria-labelledby={headingId}>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
            <Flex gap={8} align="baseline" wrap>
              <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 17 }}>
                <Link to={paths.app.expertDetail.getHref(expert.id)}>{expert.name}</Link>
              </Typography.Title>
              <Typography.Text type="secondary">
                {[expert.title, expert.organization].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
            <Flex gap={8} wrap align="center">
              <PlaceTags expert={expert} />
              {expert.sectors.length > 0 && (
                <Typography.Text type="secondary">
                  <SectorNames ids={expert.sectors} />
                </Typography.Text>
              )}
            </Flex>
            <SkillTags ids={expert.skills} />
            {expert.bio && (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2 }}
                style={{ marginBottom: 0 }}
              >
                {expert.bio}
              </Typography.Paragraph>
            )}
            <Typography.Text type="secondary">
              {t('experts.review.submittedAt', { time: format.dateTime(expert.verification.at) })}
            </Typography.Text>
          </Flex>
          <VerificationActions expert={expert} />
        </Flex>
      </article>
    </Card>
  );
}

/** Profiles waiting for the bureau's decision; a decided one leaves the list at once. */
export function VerificationQueue() {
  const { t } = useTranslation();
  const [{ page }, update] = useUrlQuery(queueQuerySchema);
  const pending = useExperts({ status: 'pending', page, limit: PAGE_SIZE });
  const total = pending.data?.total ?? 0;
  // The last items of a later page were decided: go back to the last page there is.
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const beyondEnd = pending.isSuccess && !pending.isPlaceholderData && page > lastPage;
  useEffect(() => {
    if (beyondEnd) update({ page: lastPage }, { resetPage: false });
  }, [beyondEnd, lastPage, update]);

  if (pending.isPending) return <ListSkeleton rows={3} />;
  if (pending.isError)
    return <QueryError error={pending.error} onRetry={() => void pending.refetch()} />;
  const { items } = pending.data;
  if (items.length === 0) {
    return <EmptyState title={t('experts.review.empty')} hint={t('experts.review.emptyHint')} />;
  }
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary" aria-live="polite">
        {t('experts.review.count', { count: total })}
      </Typography.Text>
      <Flex vertical gap={12} role="list" aria-label={t('experts.review.listLabel')}>
        {items.map((expert) => (
          <div role="listitem" key={expert.id}>
            <QueueItem expert={expert} />
          </div>
        ))}
      </Flex>
      {total > PAGE_SIZE && (
        <Pagination
          align="end"
          current={page}
          pageSize={PAGE_SIZE}
          total={total}
          onChange={(next) => update({ page: next }, { resetPage: false })}
        />
      )}
    </Flex>
  );
}
