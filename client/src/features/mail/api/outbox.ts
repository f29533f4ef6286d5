import { mailRoutes, type OutboxMailDto, type PaginationQuery } from '@qs/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (query: PaginationQuery) => [...outboxKeys.all, 'list', query] as const,
  mail: (id: string) => [...outboxKeys.all, 'mail', id] as const,
};

/** The mails the platform wrote to its outbox, newest first (admin). */
export const useOutbox = (query: PaginationQuery) =>
  useQuery({
    queryKey: outboxKeys.list(query),
    queryFn: ({ signal }) => call(mailRoutes.outbox, { query, signal }),
    placeholderData: keepPreviousData,
  });

/** One mail with its headers and text (admin); nothing is fetched until an id is given. */
export const useOutboxMail = (id: string | undefined) =>
  useQuery({
    queryKey: outboxKeys.mail(id ?? ''),
    queryFn: async ({ signal }): Promise<OutboxMailDto> =>
      (await call(mailRoutes.outboxMail, { params: { mailId: id ?? '' }, signal })).mail,
    enabled: id !== undefined,
  });
