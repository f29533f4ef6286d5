import { memberDecisionSchema, membershipRoutes, type MemberDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { invalidateMemberships } from './keys';

export type MemberDecision = 'approve' | 'reject';

export interface DecideMemberInput {
  organizationId: string;
  userId: string;
  decision: MemberDecision;
  note: string;
}

/** Approves or rejects a request to join; a rejected account is left without an organization. */
export async function decideMember({
  organizationId,
  userId,
  decision,
  note,
}: DecideMemberInput): Promise<MemberDto> {
  const { member } = await call(membershipRoutes[decision], {
    params: { id: organizationId, userId },
    body: memberDecisionSchema.parse({ note }),
  });
  return member;
}

export const useDecideMember = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideMember,
    onSettled: () => invalidateMemberships(queryClient),
  });
};
