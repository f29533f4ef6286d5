import { memberResponseSchema, memberRoleSchema, type MemberDto, type OrgRole } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
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
  const { member } = await api.patch(
    `/organizations/${encodeURIComponent(organizationId)}/members/${encodeURIComponent(userId)}`,
    memberRoleSchema.parse({ orgRole }),
    memberResponseSchema,
  );
  return member;
}

export const useChangeMemberRole = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeMemberRole,
    onSettled: () => invalidateMemberships(queryClient),
  });
};
