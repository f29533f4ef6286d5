import type { ExpertDto } from '@qs/shared';
import { Card, Flex, Typography } from 'antd';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { SectorNames, SkillTags } from '../../../components/taxonomy-tags';
import { PagedList } from '../../../components/paged-list';
import { EmptyState } from '../../../components/ui/empty-state';
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
  const turn = useCallback(
    (next: number) => update({ page: next }, { resetPage: false }),
    [update],
  );
  return (
    <PagedList
      query={pending}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={turn}
      label={{ text: t('experts.review.listLabel') }}
      count={(total) => t('experts.review.count', { count: total })}
      itemKey={(expert) => expert.id}
      renderItem={(expert) => <QueueItem expert={expert} />}
      empty={<EmptyState title={t('experts.review.empty')} hint={t('experts.review.emptyHint')} />}
    />
  );
}
