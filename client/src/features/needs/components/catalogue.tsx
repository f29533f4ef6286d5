import { needStatuses, type NeedDto } from '@qs/shared';
import { Flex, Select, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/paged-list';
import { EmptyState } from '../../../components/ui/empty-state';
import { SearchBox } from '../../../components/ui/search-box';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { catalogueQuerySchema, useCatalogue } from '../api/get-catalogue';
import { NeedCard } from './need-card';

interface TermFilter {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

interface CatalogueProps {
  /** A single-sector picker, controlled by the catalogue. */
  renderSectorFilter: (filter: TermFilter) => ReactNode;
  /** A single-skill picker, controlled by the catalogue. */
  renderSkillFilter: (filter: TermFilter) => ReactNode;
  /** What the reader may do with a scenario (express interest, start a similar need). */
  renderActions?: (need: NeedDto) => ReactNode;
}

/** The published application scenarios, searchable and filtered by sector and skill (in the URL). */
export function Catalogue({
  renderSectorFilter,
  renderSkillFilter,
  renderActions,
}: CatalogueProps) {
  const { t } = useTranslation();
  const [query, update] = useUrlQuery(catalogueQuerySchema);
  const catalogue = useCatalogue(query);
  const filtered = Boolean(query.q || query.sector || query.skill || query.status);

  const list = () => (
    <PagedList
      query={catalogue}
      page={query.page}
      pageSize={query.limit}
      onPageChange={(page, limit) => update({ page, limit }, { resetPage: false })}
      label={{ text: t('needs.catalogue.listLabel') }}
      grid={{ xs: 24, xl: 12 }}
      skeletonRows={4}
      pageSizes={[10, 20, 50, 100]}
      itemKey={(need) => need.id}
      renderItem={(need) => (
        <NeedCard
          need={need}
          showOrganization
          footer={
            renderActions && (
              <Flex justify="flex-end" gap={8} wrap>
                {renderActions(need)}
              </Flex>
            )
          }
        />
      )}
      showTotal={(count) => t('needs.catalogue.total', { count })}
      empty={
        <EmptyState
          title={t('needs.catalogue.empty')}
          hint={filtered ? t('needs.catalogue.emptyFilteredHint') : t('needs.catalogue.emptyHint')}
        />
      }
    />
  );

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap>
        <SearchBox
          value={query.q ?? ''}
          onSearch={(q) => update({ q })}
          label={t('needs.catalogue.searchLabel')}
          placeholder={t('needs.catalogue.searchPlaceholder')}
          style={{ width: 360, maxWidth: '100%' }}
        />
        <div style={{ width: 220 }}>
          {renderSectorFilter({ value: query.sector, onChange: (sector) => update({ sector }) })}
        </div>
        <div style={{ width: 240 }}>
          {renderSkillFilter({ value: query.skill, onChange: (skill) => update({ skill }) })}
        </div>
        <Select
          aria-label={t('needs.catalogue.statusLabel')}
          allowClear
          placeholder={t('needs.catalogue.anyStatus')}
          value={query.status}
          onChange={(status) => update({ status })}
          options={needStatuses.map((status) => ({
            value: status,
            label: t(`enums.needStatus.${status}`),
          }))}
          style={{ width: 160 }}
        />
      </Flex>
      <Spin spinning={catalogue.isPlaceholderData} delay={200}>
        {list()}
      </Spin>
    </Flex>
  );
}
