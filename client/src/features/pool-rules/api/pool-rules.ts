import {
  poolRuleRoutes,
  updatePoolRulesSchema,
  type FreshnessRemindersInput,
  type PoolRulesDto,
  type StatsFilterQuery,
  type UpdatePoolRulesInput,
} from '@qs/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export const poolRuleKeys = {
  rules: ['pool-rules'] as const,
  freshness: ['pool-rules', 'freshness'] as const,
  /** Under `stats`, so that the push of `stats:updated` refetches it with the other figures. */
  fairness: ['stats', 'fairness'] as const,
};

export const usePoolRules = () =>
  useQuery({
    queryKey: poolRuleKeys.rules,
    queryFn: ({ signal }) => call(poolRuleRoutes.rules, { signal }),
  });

export const useUpdatePoolRules = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePoolRulesInput): Promise<PoolRulesDto> =>
      call(poolRuleRoutes.updateRules, { body: updatePoolRulesSchema.parse(input) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(poolRuleKeys.rules, saved);
      // Who is at capacity in match lists and profiles follows the rules.
      void queryClient.invalidateQueries({ queryKey: ['matching'] });
      void queryClient.invalidateQueries({ queryKey: ['experts'] });
    },
  });
};

export const useFreshness = () =>
  useQuery({
    queryKey: poolRuleKeys.freshness,
    queryFn: ({ signal }) => call(poolRuleRoutes.freshness, { signal }),
  });

export const useRemindConfirmations = () =>
  useMutation({
    mutationFn: (input: FreshnessRemindersInput) => call(poolRuleRoutes.remind, { body: input }),
  });

export const useFairness = (filters: StatsFilterQuery) =>
  useQuery({
    queryKey: [...poolRuleKeys.fairness, filters],
    queryFn: ({ signal }) => call(poolRuleRoutes.fairness, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
