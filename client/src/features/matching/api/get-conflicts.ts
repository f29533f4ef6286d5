import { conflictRoutes } from '@qs/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../../lib/api-client';

/**
 * Whether and why an expert conflicts with a need, as the need stands (`version`: its
 * `updatedAt`); always asked afresh, since suspensions change too. The reasons come in the
 * user's language.
 */
export function useConflicts(need: { id: string; version: string }, expertId: string | undefined) {
  const { i18n } = useTranslation();
  const needId = need.id;
  return useQuery({
    queryKey: ['matching', 'conflicts', needId, need.version, expertId, i18n.language] as const,
    staleTime: 0,
    queryFn: ({ signal }) =>
      call(conflictRoutes.conflicts, {
        params: { id: needId },
        query: { expertId: expertId ?? '' },
        signal,
      }),
    enabled: expertId !== undefined,
  });
}
