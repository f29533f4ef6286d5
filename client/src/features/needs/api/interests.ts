import {
  browseNeedsQuerySchema,
  interestRoutes,
  type BrowseNeedsQuery,
  type ExpressInterestInput,
} from '@qs/shared';
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export { browseNeedsQuerySchema, type BrowseNeedsQuery };

export const interestKeys = {
  all: ['interests'] as const,
  browse: (query: BrowseNeedsQuery) => ['interests', 'browse', query] as const,
  mine: ['interests', 'mine'] as const,
  ofNeed: (needId: string) => ['interests', 'need', needId] as const,
};

export const getBrowseQueryOptions = (query: BrowseNeedsQuery) =>
  queryOptions({
    queryKey: interestKeys.browse(query),
    queryFn: ({ signal }) => call(interestRoutes.browse, { query, signal }),
    placeholderData: keepPreviousData,
  });

/** Open needs the expert may take part in, by fit to their skills. */
export const useBrowseNeeds = (query: BrowseNeedsQuery) => useQuery(getBrowseQueryOptions(query));

/** The needs the expert said they are interested in. */
export const useMyInterests = (enabled = true) =>
  useQuery({
    queryKey: interestKeys.mine,
    queryFn: ({ signal }) => call(interestRoutes.mine, { signal }),
    select: (answer) => answer.items,
    enabled,
  });

/** The experts interested in a need: its organization and staff. */
export const useNeedInterests = (needId: string) =>
  useQuery({
    queryKey: interestKeys.ofNeed(needId),
    queryFn: ({ signal }) => call(interestRoutes.list, { params: { id: needId }, signal }),
    select: (answer) => answer.items,
  });

export const useExpressInterest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ needId, ...body }: ExpressInterestInput & { needId: string }) =>
      call(interestRoutes.express, { params: { id: needId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: interestKeys.all }),
  });
};

export const useWithdrawInterest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (needId: string) => call(interestRoutes.withdraw, { params: { id: needId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: interestKeys.all }),
  });
};
