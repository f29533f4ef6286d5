import { memberResponseSchema, type MemberDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateMemberships } from './keys';

export interface RemoveMemberInput {
  organizationId: string;
  userId: string;
}

/** Removes an active member from the organization; the last owner stays (409). */
export async function removeMember({
  organizationId,
  userId,
}: RemoveMemberInput): Promise<MemberDto> {
  const { member } = await api.delete(
    `/organizations/${encodeURIComponent(organizationId)}/members/${encodeURIComponent(userId)}`,
    memberResponseSchema,
  );
  return member;
}

export const useRemoveMember = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSettled: () => invalidateMemberships(queryClient),
  });
};
