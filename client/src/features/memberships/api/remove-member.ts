import { type MemberDto, membershipRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
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
  const { member } = await call(membershipRoutes.remove, {
    params: { id: organizationId, userId },
  });
  return member;
}

export const useRemoveMember = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSettled: () => invalidateMemberships(queryClient),
  });
};
