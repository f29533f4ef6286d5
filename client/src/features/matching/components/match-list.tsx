import type { MatchItem } from '@qs/shared';
import { pools } from '@qs/shared';
import { Alert, Checkbox, Flex, Segmented, Spin, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { matchQuerySchema, useMatches } from '../api/get-matches';
import { MatchCard } from './match-card';

const LIMITS = [10, 20, 50];

interface MatchListProps {
  needId: string;
  /** Buttons for each matched expert (the invitation). */
  renderActions?: (match: MatchItem) => ReactNode;
  /** With it, experts may be selected (those `selectable` admits) for one action on them all. */
  renderBatchActions?: (selected: MatchItem[], clear: () => void) => ReactNode;
  selectable?: (match: MatchItem) => boolean;
}

/** What the skill tags' colours mean. */
function SkillLegend({ inferred }: { inferred: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap align="center" role="note" aria-label={t('matching.compact.legendLabel')}>
      <Typography.Text type="secondary">{t('matching.compact.legendTitle')}</Typography.Text>
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        {t('matching.compact.legendMatched')}
      </Tag>
      <Tag style={{ marginInlineEnd: 0 }}>{t('matching.compact.legendMissing')}</Tag>
      {inferred && (
        <Typography.Text type="secondary">{t('matching.compact.legendInferred')}</Typography.Text>
      )}
    </Flex>
  );
}

/** Ranked, explained experts for a need, filtered by pool (in the URL). */
export function MatchList({
  needId,
  renderActions,
  renderBatchActions,
  selectable = () => true,
}: MatchListProps) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const [query, update] = useUrlQuery(matchQuerySchema);
  const limit = LIMITS.includes(query.limit) ? query.limit : 20;
  const matches = useMatches(needId, { ...query, limit });
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setSelectedIds((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const body = () => {
    if (matches.isPending) return <ListSkeleton rows={3} />;
    if (matches.isError)
      return <QueryError error={matches.error} onRetry={() => void matches.refetch()} />;
    const { items, skills, skillsSource, inferredSkills } = matches.data;
    const separator = t('common.listSeparator');
    const choosable = items.filter(selectable);
    const selected = choosable.filter((match) => selectedIds.has(match.expert.id));
    // Kept while the invitations go out, though the invited leave the choosable experts.
    const selection = renderBatchActions && items.length > 0 && (
      <Flex gap={12} align="center" wrap>
        <Checkbox
          disabled={choosable.length === 0}
          checked={choosable.length > 0 && selected.length === choosable.length}
          indeterminate={selected.length > 0 && selected.length < choosable.length}
          onChange={(event) =>
            setSelectedIds(
              new Set(event.target.checked ? choosable.map((match) => match.expert.id) : []),
            )
          }
        >
          {t('matching.compact.selectAll')}
        </Checkbox>
        <Typography.Text type="secondary" aria-live="polite">
          {t('matching.compact.selected', { count: selected.length })}
        </Typography.Text>
        {renderBatchActions(selected, () => setSelectedIds(new Set()))}
      </Flex>
    );
    const selectBox = (match: MatchItem) => {
      if (!renderBatchActions) return undefined;
      const allowed = selectable(match);
      return (
        <Checkbox
          aria-label={t('matching.compact.select', { name: match.expert.name })}
          title={allowed ? undefined : t('matching.compact.notSelectable')}
          disabled={!allowed}
          checked={allowed && selectedIds.has(match.expert.id)}
          onChange={(event) => toggle(match.expert.id, event.target.checked)}
        />
      );
    };
    return (
      <Flex vertical gap={12}>
        {skillsSource === 'suggested' && (
          <Alert
            type="info"
            showIcon
            title={t('matching.suggestedSkillsUsed', {
              skills: skills.map(labels.skill).join(separator) || '—',
            })}
            description={
              inferredSkills.length > 0 &&
              t('matching.inferredSkills', {
                skills: inferredSkills
                  .map(({ skill, words }) =>
                    words.length
                      ? `${labels.skill(skill)}${t('taxonomy.suggestions.from', { words: words.join(separator) })}`
                      : labels.skill(skill),
                  )
                  .join('; '),
              })
            }
          />
        )}
        {items.length > 0 && (
          <SkillLegend inferred={skillsSource === 'suggested' || inferredSkills.length > 0} />
        )}
        {selection}
        {items.length === 0 ? (
          <EmptyState
            title={t('matching.empty')}
            hint={query.pool?.length ? t('matching.emptyPoolHint') : t('matching.emptyHint')}
          />
        ) : (
          <Flex vertical gap={12} role="list" aria-label={t('matching.listLabel')}>
            {items.map((match, index) => (
              <div role="listitem" key={match.expert.id}>
                <MatchCard
                  match={match}
                  rank={index + 1}
                  actions={renderActions?.(match)}
                  select={selectBox(match)}
                />
              </div>
            ))}
          </Flex>
        )}
      </Flex>
    );
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap align="center" justify="space-between">
        <Flex gap={8} align="center" wrap role="group" aria-labelledby="match-pool-filter">
          <Typography.Text id="match-pool-filter" type="secondary">
            {t('matching.poolFilter')}
          </Typography.Text>
          <Checkbox.Group
            value={query.pool ?? []}
            onChange={(pool) => update({ pool })}
            options={pools.map((pool) => ({ value: pool, label: t(`enums.pool.${pool}`) }))}
          />
        </Flex>
        <Checkbox
          checked={query.notInvited ?? false}
          onChange={(event) => update({ notInvited: event.target.checked || undefined })}
        >
          {t('matching.compact.notInvited')}
        </Checkbox>
        <Flex gap={8} align="center">
          <Typography.Text type="secondary" id="match-limit">
            {t('matching.limit')}
          </Typography.Text>
          <Segmented
            aria-labelledby="match-limit"
            value={limit}
            options={LIMITS}
            onChange={(value) => update({ limit: value })}
          />
        </Flex>
      </Flex>
      <Spin spinning={matches.isPlaceholderData} delay={200}>
        {body()}
      </Spin>
    </Flex>
  );
}
