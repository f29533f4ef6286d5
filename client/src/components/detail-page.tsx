import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api-client';
import { NotFound } from './errors/not-found';
import { ListSkeleton } from './ui/list-skeleton';
import { PageHeader } from './ui/page-header';
import { QueryError } from './ui/query-error';

interface DetailPageProps<T> {
  /** The record the page shows. */
  query: UseQueryResult<T>;
  /** The heading while the record loads or fails to. */
  title: string;
  backTo: { href: string; label: string };
  /** The page once the record is there, its own header included. */
  children: (record: T) => ReactNode;
}

/** A page about one record: skeleton while it loads, not-found for a 404, a retry on failure. */
export function DetailPage<T>({ query, title, backTo, children }: DetailPageProps<T>) {
  if (query.isPending)
    return (
      <>
        <PageHeader title={title} backTo={backTo} />
        <ListSkeleton rows={2} />
      </>
    );
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFound />;
    return (
      <>
        <PageHeader title={title} backTo={backTo} />
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return children(query.data);
}
