import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { QueryError } from '../../../components/ui/query-error';
import { TitleWithHelp } from './help-tip';

/**
 * One panel of the statistics page: its title with what it counts (`help`), loading, failure and
 * the content of its query.
 */
export function StatsCard<T>({
  title,
  help,
  query,
  extra,
  children,
}: {
  title: string;
  help?: string;
  query: UseQueryResult<T>;
  extra?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  return (
    <Card
      title={<TitleWithHelp title={title} help={help} />}
      extra={extra}
      style={{ height: '100%' }}
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        children(query.data)
      )}
    </Card>
  );
}
