import { cityLabel, resolveSkill, verificationStatuses, withoutCity } from '@qs/shared';
import { CloseOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Select, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/paged-list';
import { EmptyState } from '../../../components/ui/empty-state';
import { SearchBox } from '../../../components/ui/search-box';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { listExpertsQuerySchema, useExperts } from '../api/get-experts';
import { ExpertCard } from './expert-card';
import { ExpertFilters, type FacetSelection } from './expert-filters';

const PAGE_SIZES = [12, 24, 48];
const clearedFacets: Record<keyof FacetSelection, undefined> = {
  pool: undefined,
  city: undefined,
  availability: undefined,
  skills: undefined,
  sectors: undefined,
};

interface ExpertDirectoryProps {
  /** Staff see every verification status and may filter by it. */
  staffView?: boolean;
}

/** The skills a search names, by name or alias, whole or word by word ("边缘计算 TSN"). */
function skillsNamedIn(q: string | undefined): string[] {
  if (!q) return [];
  const terms = [q, ...q.split(/[\s,，、;；]+/)];
  return [...new Set(terms.map(resolveSkill).filter((id): id is string => id !== undefined))];
}

/** Full-text search and facet filters over the expert database, all kept in the URL. */
export function ExpertDirectory({ staffView = false }: ExpertDirectoryProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'zh';
  const [query, update] = useUrlQuery(listExpertsQuerySchema);
  const effective = {
    ...query,
    limit: PAGE_SIZES.includes(query.limit) ? query.limit : (PAGE_SIZES[0] ?? 12),
  };
  const experts = useExperts(effective);
  const highlighted = [...(query.skills ?? []), ...skillsNamedIn(query.q)];
  const filtered = Boolean(
    query.q ||
    query.status ||
    Object.keys(clearedFacets).some((key) => query[key as keyof FacetSelection]?.length),
  );

  const results = () => (
    <PagedList
      query={experts}
      page={effective.page}
      pageSize={effective.limit}
      onPageChange={(page, limit) => update({ page, limit }, { resetPage: false })}
      label={{ text: t('experts.directory.results') }}
      grid={{ xs: 24, lg: 12 }}
      skeletonRows={4}
      pageSizes={PAGE_SIZES}
      itemKey={(expert) => expert.id}
      renderItem={(expert) => (
        <ExpertCard expert={expert} highlightSkills={highlighted} showVerification={staffView} />
      )}
      empty={
        <EmptyState
          title={t('experts.directory.empty')}
          hint={
            filtered ? t('experts.directory.emptyFilteredHint') : t('experts.directory.emptyHint')
          }
        />
      }
    />
  );

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap>
        <div style={{ flex: 1, minWidth: 260 }}>
          <SearchBox
            value={query.q ?? ''}
            onSearch={(q) => update({ q })}
            label={t('experts.directory.searchLabel')}
            placeholder={t('experts.directory.searchPlaceholder')}
            size="large"
          />
        </div>
        {staffView && (
          <Select
            allowClear
            size="large"
            style={{ minWidth: 180 }}
            aria-label={t('experts.fields.verification')}
            placeholder={t('experts.filters.anyStatus')}
            value={query.status}
            onChange={(status) => update({ status })}
            options={verificationStatuses.map((status) => ({
              value: status,
              label: t(`enums.verification.${status}`),
            }))}
          />
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8} xl={6}>
          <ExpertFilters
            facets={experts.data?.facets}
            selection={query}
            onChange={(patch) => update(patch)}
            onClear={() => update({ ...clearedFacets, q: undefined, status: undefined })}
          />
        </Col>
        <Col xs={24} md={16} xl={18}>
          <Spin spinning={experts.isPlaceholderData} delay={200}>
            <section aria-label={t('experts.directory.results')}>
              {experts.data?.cityFromQuery && (
                <Flex
                  gap={8}
                  wrap
                  role="group"
                  aria-label={t('experts.directory.cityChipsLabel')}
                  style={{ marginBottom: 8 }}
                >
                  {experts.data.cityFromQuery.cities.map((city) => (
                    <Tag key={city} color="blue" style={{ marginInlineEnd: 0 }}>
                      {t('experts.directory.cityChip', { city: cityLabel(city, language) })}
                      <Button
                        type="text"
                        size="small"
                        icon={<CloseOutlined aria-hidden />}
                        aria-label={t('experts.directory.removeCity', {
                          city: cityLabel(city, language),
                        })}
                        onClick={() => update({ q: withoutCity(query.q ?? '', city) || undefined })}
                        style={{ marginInlineStart: 2, height: 20, width: 20, minWidth: 20 }}
                      />
                    </Tag>
                  ))}
                </Flex>
              )}
              {experts.data && !experts.isError && (
                <Typography.Paragraph type="secondary" aria-live="polite">
                  {t('experts.directory.found', { count: experts.data.total })}
                </Typography.Paragraph>
              )}
              {results()}
            </section>
          </Spin>
        </Col>
      </Row>
    </Flex>
  );
}
