import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Flex, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { FigureScope } from '../../../components/ui/figure-scope';
import { QueryError } from '../../../components/ui/query-error';
import { usePhone } from '../../../hooks/use-phone';
import { TitleWithHelp } from './help-tip';

/**
 * One panel of the statistics page: its title with what it counts (`help`), the records it
 * counts and by which date (`scope`), loading, failure and the content of its query.
 */
export function StatsCard<T>({
  title,
  help,
  scope,
  query,
  extra,
  children,
}: {
  title: string;
  help?: string;
  scope: string;
  query: UseQueryResult<T>;
  extra?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  // A card's header is one line: on a phone the title would leave its switch no room.
  const phone = usePhone();
  return (
    <Card
      title={<TitleWithHelp title={title} help={help} />}
      extra={phone ? undefined : extra}
      style={{ height: '100%' }}
    >
      <FigureScope text={scope} />
      {phone && extra && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          {extra}
        </Flex>
      )}
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
