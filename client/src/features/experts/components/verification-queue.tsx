import type { ExpertDto } from '@qs/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Collapse,
  Flex,
  Modal,
  Pagination,
  Typography,
} from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useEffect, useId, useState } from 'react';
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
import { errorMessage } from '../../../lib/error-messages';
import { useDecideMany } from '../api/expert-review';
import { useExperts } from '../api/get-experts';
import { PlaceTags } from './expert-badges';
import { ReviewDetails } from './review-details';
import { VerificationActions } from './verification-actions';

const PAGE_SIZE = 10;
const queueQuerySchema = z.object({ page: z.coerce.number().int().min(1).default(1) });

function QueueItem({
  expert,
  selected,
  onSelect,
}: {
  expert: ExpertDto;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  return (
    <Card size="small">
      <article aria-labelledby={headingId}>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex vertical gap={6} style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Flex gap={8} align="baseline" wrap>
              <Checkbox
                checked={selected}
                onChange={(event) => onSelect(event.target.checked)}
                aria-label={t('experts.review.select', { name: expert.name })}
              />
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
        <Collapse
          ghost
          size="small"
          activeKey={open ? ['details'] : []}
          onChange={(keys) => setOpen(keys.length > 0)}
          items={[
            {
              key: 'details',
              label: t('experts.review.details', { name: expert.name }),
              children: open ? <ReviewDetails expertId={expert.id} /> : null,
            },
          ]}
        />
      </article>
    </Card>
  );
}

interface BatchFailure {
  name: string;
  message: string;
}

/** Verifies the selected experts in one request, after the bureau confirms the list. */
function BatchVerify({
  experts,
  onDone,
}: {
  experts: ExpertDto[];
  onDone: (failures: BatchFailure[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decideMany = useDecideMany();
  const [confirming, setConfirming] = useState(false);
  const names = experts.map((expert) => expert.name);
  const confirm = () => {
    setConfirming(false);
    decideMany.mutate(
      { expertIds: experts.map((expert) => expert.id), decision: 'verified', note: '' },
      {
        onSuccess: ({ results }) => {
          const ok = results.filter((result) => result.ok).length;
          if (ok > 0) void message.success(t('experts.review.batchDone', { count: ok }));
          onDone(
            results.flatMap((result) =>
              result.ok
                ? []
                : [
                    {
                      name: experts.find((e) => e.id === result.expertId)?.name ?? result.expertId,
                      message: result.error.message,
                    },
                  ],
            ),
          );
        },
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );
  };
  return (
    <>
      <Button
        type="primary"
        icon={<CheckOutlined aria-hidden />}
        disabled={experts.length === 0}
        loading={decideMany.isPending}
        onClick={() => setConfirming(true)}
      >
        {t('experts.review.batchVerify', { count: experts.length })}
      </Button>
      <Modal
        open={confirming}
        title={t('experts.review.batchTitle', { count: experts.length })}
        okText={t('experts.review.verify')}
        cancelText={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onOk={confirm}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('experts.review.batchBody', { names: names.join('、') })}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}

/** Profiles waiting for the bureau's decision; a decided one leaves the list at once. */
export function VerificationQueue() {
  const { t } = useTranslation();
  const [{ page }, update] = useUrlQuery(queueQuerySchema);
  const pending = useExperts({ status: 'pending', page, limit: PAGE_SIZE });
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<BatchFailure[]>([]);
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
  const failureList = failures.length > 0 && (
    <Alert
      type="error"
      showIcon
      closable
      onClose={() => setFailures([])}
      title={t('experts.review.batchFailedTitle', { count: failures.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {failures.map((failure) => (
            <li key={failure.name}>{t('experts.review.batchFailedItem', { ...failure })}</li>
          ))}
        </ul>
      }
    />
  );
  if (items.length === 0) {
    return (
      <Flex vertical gap={12}>
        {failureList}
        <EmptyState title={t('experts.review.empty')} hint={t('experts.review.emptyHint')} />
      </Flex>
    );
  }
  const selected = items.filter((expert) => selectedIds.has(expert.id));
  const select = (id: string, on: boolean) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <Flex vertical gap={12}>
      {failureList}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary" aria-live="polite">
          {t('experts.review.count', { count: total })}
        </Typography.Text>
        <Flex gap={12} align="center" wrap>
          <Checkbox
            checked={selected.length === items.length}
            indeterminate={selected.length > 0 && selected.length < items.length}
            onChange={(event) =>
              setSelectedIds(new Set(event.target.checked ? items.map((e) => e.id) : []))
            }
          >
            {t('experts.review.selectPage')}
          </Checkbox>
          <BatchVerify
            experts={selected}
            onDone={(failed) => {
              setFailures(failed);
              setSelectedIds(new Set());
            }}
          />
        </Flex>
      </Flex>
      <Flex vertical gap={12} role="list" aria-label={t('experts.review.listLabel')}>
        {items.map((expert) => (
          <div role="listitem" key={expert.id}>
            <QueueItem
              expert={expert}
              selected={selectedIds.has(expert.id)}
              onSelect={(on) => select(expert.id, on)}
            />
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
