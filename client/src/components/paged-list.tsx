import type { UseQueryResult } from '@tanstack/react-query';
import { Col, Flex, Pagination, Row, Typography, type ColProps } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { ListSkeleton } from './ui/list-skeleton';
import { QueryError } from './ui/query-error';

export interface Page<T> {
  items: T[];
  total: number;
}

interface PagedListProps<T> {
  /** One page of the list, as the server answers it. */
  query: UseQueryResult<Page<T>>;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** What shows when the page has no items. */
  empty: ReactNode;
  /** The list's accessible name, or the id of the heading that names it. */
  label: { text: string } | { labelledBy: string };
  /** Above the items, announced as it changes (e.g. "12 waiting"). */
  count?: (total: number) => ReactNode;
  /** Beside the pager (e.g. "34 in all"). */
  showTotal?: (total: number) => ReactNode;
  /** Lets the reader choose the page size; the pager then always shows. */
  pageSizes?: number[];
  /** Items in a responsive grid of cards instead of one column. */
  grid?: ColProps;
  skeletonRows?: number;
}

/**
 * A list read a page at a time: skeleton while the first page loads, a retry on failure, the
 * empty state, the items and the pager. When the last items of a later page go (decided,
 * removed), it turns to the last page there is.
 */
export function PagedList<T>({
  query,
  page,
  pageSize,
  onPageChange,
  itemKey,
  renderItem,
  empty,
  label,
  count,
  showTotal,
  pageSizes,
  grid,
  skeletonRows = 3,
}: PagedListProps<T>) {
  const total = query.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const beyondEnd = query.isSuccess && !query.isPlaceholderData && page > lastPage;
  useEffect(() => {
    if (beyondEnd) onPageChange(lastPage, pageSize);
  }, [beyondEnd, lastPage, pageSize, onPageChange]);

  if (query.isPending) return <ListSkeleton rows={skeletonRows} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { items } = query.data;
  if (items.length === 0) return <>{empty}</>;
  const listLabel =
    'text' in label ? { 'aria-label': label.text } : { 'aria-labelledby': label.labelledBy };
  return (
    <Flex vertical gap={grid ? 16 : 12}>
      {count && (
        <Typography.Text type="secondary" aria-live="polite">
          {count(total)}
        </Typography.Text>
      )}
      {grid ? (
        <Row gutter={[16, 16]} role="list" {...listLabel}>
          {items.map((item) => (
            <Col key={itemKey(item)} {...grid} role="listitem">
              {renderItem(item)}
            </Col>
          ))}
        </Row>
      ) : (
        <Flex vertical gap={12} role="list" {...listLabel}>
          {items.map((item) => (
            <div role="listitem" key={itemKey(item)}>
              {renderItem(item)}
            </div>
          ))}
        </Flex>
      )}
      <Pagination
        align="end"
        current={page}
        pageSize={pageSize}
        total={total}
        hideOnSinglePage={!pageSizes}
        showSizeChanger={Boolean(pageSizes)}
        {...(pageSizes ? { pageSizeOptions: pageSizes } : {})}
        {...(showTotal ? { showTotal } : {})}
        onChange={onPageChange}
      />
    </Flex>
  );
}
