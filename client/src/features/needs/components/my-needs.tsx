import { PlusOutlined } from '@ant-design/icons';
import { needKinds, needStatuses, type NeedDto } from '@qs/shared';
import { Button, Flex, Segmented, Select, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '../../../components/paged-list';
import { EmptyState } from '../../../components/ui/empty-state';
import { SearchBox } from '../../../components/ui/search-box';
import { paths } from '../../../config/paths';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { listNeedsQuerySchema, useNeeds } from '../api/get-needs';
import { NeedCard } from './need-card';

const ALL = 'all' as const;

/**
 * The enterprise's own needs, filtered by status, kind and text (all in the URL); `renderFooter`
 * adds to each card (the invited experts).
 */
export function MyNeeds({ renderFooter }: { renderFooter?: (need: NeedDto) => ReactNode }) {
  const { t } = useTranslation();
  const [query, update] = useUrlQuery(listNeedsQuerySchema);
  const needs = useNeeds({ ...query, mine: true });
  const filtered = Boolean(query.q || query.kind || query.status);

  const list = () => (
    <PagedList
      query={needs}
      page={query.page}
      pageSize={query.limit}
      onPageChange={(page, limit) => update({ page, limit }, { resetPage: false })}
      label={{ text: t('needs.mine.listLabel') }}
      itemKey={(need) => need.id}
      renderItem={(need) => <NeedCard need={need} footer={renderFooter?.(need)} />}
      showTotal={(count) => t('needs.total', { count })}
      empty={
        <EmptyState
          title={filtered ? t('needs.mine.emptyFiltered') : t('needs.mine.empty')}
          hint={filtered ? t('needs.mine.emptyFilteredHint') : t('needs.mine.emptyHint')}
          action={
            !filtered && (
              <Link to={paths.app.needNew.getHref()}>
                <Button type="primary" icon={<PlusOutlined aria-hidden />}>
                  {t('needs.post')}
                </Button>
              </Link>
            )
          }
        />
      }
    />
  );

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="center">
        <Segmented
          aria-label={t('needs.fields.status')}
          value={query.status ?? ALL}
          onChange={(status) => update({ status: status === ALL ? undefined : status })}
          options={([ALL, ...needStatuses] as const).map((status) => ({
            value: status,
            label:
              status === ALL ? t('needs.filters.allStatuses') : t(`enums.needStatus.${status}`),
          }))}
        />
        <Select
          allowClear
          style={{ minWidth: 180 }}
          aria-label={t('needs.fields.kind')}
          placeholder={t('needs.filters.anyKind')}
          value={query.kind}
          onChange={(kind) => update({ kind })}
          options={needKinds.map((kind) => ({ value: kind, label: t(`enums.needKind.${kind}`) }))}
        />
        <SearchBox
          value={query.q ?? ''}
          onSearch={(q) => update({ q })}
          label={t('needs.filters.searchLabel')}
          placeholder={t('needs.filters.searchPlaceholder')}
          style={{ width: 320 }}
        />
      </Flex>
      <Spin spinning={needs.isPlaceholderData} delay={200}>
        {list()}
      </Spin>
    </Flex>
  );
}
