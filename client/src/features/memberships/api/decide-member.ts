import { memberDecisionSchema, memberResponseSchema, type MemberDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
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
  const { member } = await api.post(
    `/organizations/${encodeURIComponent(organizationId)}/members/${encodeURIComponent(userId)}/${decision}`,
    memberDecisionSchema.parse({ note }),
    memberResponseSchema,
  );
  return member;
}

export const useDecideMember = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideMember,
    onSettled: () => invalidateMemberships(queryClient),
  });
};
