import { needKinds, type BrowsedNeed } from '@qs/shared';
import { Alert, Checkbox, Flex, Segmented, Select, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/paged-list';
import { EmptyState } from '../../../components/ui/empty-state';
import { SearchBox } from '../../../components/ui/search-box';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { browseNeedsQuerySchema, useBrowseNeeds } from '../api/interests';
import { InterestButton } from './interest-button';
import { NeedCard } from './need-card';

/** How the need fits the expert: the score, the skills they have, the sector. */
function FitLine({ item }: { item: BrowsedNeed }) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const { fit } = item;
  return (
    <Flex gap={8} wrap align="center">
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        {t('interests.browse.fit', { score: Math.round(fit.score * 100) })}
      </Tag>
      {fit.sectorMatch && (
        <Tag color="green" style={{ marginInlineEnd: 0 }}>
          {t('interests.browse.sectorMatch')}
        </Tag>
      )}
      {fit.matchedSkills.length > 0 && (
        <Typography.Text type="secondary">
          {t('interests.browse.matchedSkills', {
            skills: fit.matchedSkills.map(labels.skill).join(t('common.listSeparator')),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Open needs the expert may take part in, by fit (in the URL), each with "感兴趣". */
export function OpenNeeds() {
  const { t } = useTranslation();
  const [query, update] = useUrlQuery(browseNeedsQuerySchema);
  const needs = useBrowseNeeds(query);
  const filtered = Boolean(query.q || query.kind || query.sector) || query.fitting;
  const blocked = needs.data?.blocked;

  return (
    <Flex vertical gap={16}>
      {blocked && (
        <Alert
          type="warning"
          showIcon
          title={t('interests.browse.blocked')}
          description={blocked.message}
        />
      )}
      <Flex gap={12} wrap align="center">
        <SearchBox
          value={query.q ?? ''}
          onSearch={(q) => update({ q })}
          label={t('interests.browse.searchLabel')}
          placeholder={t('interests.browse.searchPlaceholder')}
          style={{ width: 320, maxWidth: '100%' }}
        />
        <Select
          id="open-needs-kind"
          aria-label={t('interests.browse.kindLabel')}
          allowClear
          placeholder={t('interests.browse.anyKind')}
          value={query.kind}
          onChange={(kind) => update({ kind })}
          options={needKinds.map((kind) => ({ value: kind, label: t(`enums.needKind.${kind}`) }))}
          style={{ width: 160 }}
        />
        <Segmented
          aria-label={t('interests.browse.sortLabel')}
          value={query.sort}
          onChange={(sort) => update({ sort })}
          options={[
            { value: 'fit', label: t('interests.browse.sortFit') },
            { value: 'newest', label: t('interests.browse.sortNewest') },
          ]}
        />
        <Checkbox checked={query.fitting} onChange={(e) => update({ fitting: e.target.checked })}>
          {t('interests.browse.fittingOnly')}
        </Checkbox>
      </Flex>
      <Spin spinning={needs.isPlaceholderData} delay={200}>
        <PagedList
          query={needs}
          page={query.page}
          pageSize={query.limit}
          onPageChange={(page, limit) => update({ page, limit }, { resetPage: false })}
          label={{ text: t('interests.browse.listLabel') }}
          grid={{ xs: 24, xl: 12 }}
          skeletonRows={4}
          itemKey={(item) => item.need.id}
          renderItem={(item) => (
            <NeedCard
              need={item.need}
              showOrganization
              footer={
                <Flex justify="space-between" gap={8} wrap align="center">
                  <FitLine item={item} />
                  <InterestButton
                    needId={item.need.id}
                    needTitle={item.need.title}
                    interested={Boolean(item.interest)}
                  />
                </Flex>
              }
            />
          )}
          showTotal={(count) => t('interests.browse.total', { count })}
          empty={
            <EmptyState
              title={t('interests.browse.empty')}
              hint={
                filtered ? t('interests.browse.emptyFilteredHint') : t('interests.browse.emptyHint')
              }
            />
          }
        />
      </Spin>
    </Flex>
  );
}
