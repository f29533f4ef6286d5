import {
  type ExpertDto,
  expertRoutes,
  type VerificationDecisionInput,
  verificationDecisionSchema,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { expertQueryKey } from './get-expert';
import { expertsQueryKey, type ExpertList } from './get-experts';

export { verificationDecisionSchema, type VerificationDecisionInput };

export interface DecideVerificationInput extends VerificationDecisionInput {
  expertId: string;
}

export async function decideVerification({
  expertId,
  ...decision
}: DecideVerificationInput): Promise<ExpertDto> {
  const { expert } = await call(expertRoutes.decideVerification, {
    params: { id: expertId },
    body: verificationDecisionSchema.parse(decision),
  });
  return expert;
}

type ListSnapshot = [readonly unknown[], ExpertList | undefined][];

const isPendingList = (key: readonly unknown[]) =>
  (key[2] as { status?: string } | undefined)?.status === 'pending';

/**
 * The bureau's decision. The expert leaves every cached list of pending experts at once
 * (optimistic); a failure puts it back.
 */
export const useDecideVerification = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideVerification,
    onMutate: async ({ expertId }) => {
      await queryClient.cancelQueries({ queryKey: expertsQueryKey });
      const snapshot: ListSnapshot = queryClient.getQueriesData<ExpertList>({
        queryKey: expertsQueryKey,
        predicate: (query) => isPendingList(query.queryKey),
      });
      for (const [key, list] of snapshot) {
        if (!list) continue;
        const items = list.items.filter((expert) => expert.id !== expertId);
        const removed = list.items.length - items.length;
        queryClient.setQueryData<ExpertList>(key, { ...list, items, total: list.total - removed });
      }
      return { snapshot };
    },
    onError: (_error, _input, context) => {
      for (const [key, list] of context?.snapshot ?? []) queryClient.setQueryData(key, list);
    },
    onSuccess: (expert) => {
      queryClient.setQueryData(expertQueryKey(expert.id), expert);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: expertsQueryKey }),
  });
};
