import type { MatchItem } from '@qs/shared';
import { pools } from '@qs/shared';
import { Alert, Checkbox, Flex, Segmented, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
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
}

/** Ranked, explained experts for a need, filtered by pool (in the URL). */
export function MatchList({ needId, renderActions }: MatchListProps) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const [query, update] = useUrlQuery(matchQuerySchema);
  const limit = LIMITS.includes(query.limit) ? query.limit : 20;
  const matches = useMatches(needId, { ...query, limit });

  const body = () => {
    if (matches.isPending) return <ListSkeleton rows={3} />;
    if (matches.isError)
      return <QueryError error={matches.error} onRetry={() => void matches.refetch()} />;
    const { items, skills, skillsSource, inferredSkills } = matches.data;
    const separator = t('common.listSeparator');
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
        {items.length === 0 ? (
          <EmptyState
            title={t('matching.empty')}
            hint={query.pool?.length ? t('matching.emptyPoolHint') : t('matching.emptyHint')}
          />
        ) : (
          <Flex vertical gap={12} role="list" aria-label={t('matching.listLabel')}>
            {items.map((match, index) => (
              <div role="listitem" key={match.expert.id}>
                <MatchCard match={match} rank={index + 1} actions={renderActions?.(match)} />
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
