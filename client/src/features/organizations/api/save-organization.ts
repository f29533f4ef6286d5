import {
  type OrganizationDto,
  organizationInputSchema,
  type OrganizationPatch,
  organizationPatchSchema,
  organizationRoutes,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';

export { organizationInputSchema, organizationPatchSchema };
export type OrganizationBody = z.input<typeof organizationInputSchema>;

export async function createOrganization(body: OrganizationBody): Promise<OrganizationDto> {
  const { organization } = await call(organizationRoutes.create, { body });
  return organization;
}

export async function updateOrganization(
  id: string,
  patch: OrganizationPatch,
): Promise<OrganizationDto> {
  const { organization } = await call(organizationRoutes.update, { params: { id }, body: patch });
  return organization;
}

export type SaveOrganizationInput =
  { id: string; patch: OrganizationPatch } | { body: OrganizationBody };

/** Creates an organization, or edits one when an id is given. */
export const useSaveOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveOrganizationInput) =>
      'patch' in input ? updateOrganization(input.id, input.patch) : createOrganization(input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }),
  });
};
