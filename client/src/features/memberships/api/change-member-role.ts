import { type MemberDto, memberRoleSchema, membershipRoutes, type OrgRole } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { invalidateMemberships } from './keys';

export interface ChangeMemberRoleInput {
  organizationId: string;
  userId: string;
  orgRole: OrgRole;
}

/** Makes an active member an owner or a plain member; the last owner stays (409). */
export async function changeMemberRole({
  organizationId,
  userId,
  orgRole,
}: ChangeMemberRoleInput): Promise<MemberDto> {
  const { member } = await call(membershipRoutes.setRole, {
    params: { id: organizationId, userId },
    body: memberRoleSchema.parse({ orgRole }),
  });
  return member;
}

export const useChangeMemberRole = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeMemberRole,
    onSettled: () => invalidateMemberships(queryClient),
  });
};
