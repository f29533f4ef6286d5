import {
  organizationDtoSchema,
  organizationInputSchema,
  organizationPatchSchema,
  type OrganizationDto,
  type OrganizationPatch,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';

export { organizationInputSchema, organizationPatchSchema };
export type OrganizationBody = z.input<typeof organizationInputSchema>;

const organizationResponseSchema = z.object({ organization: organizationDtoSchema });

export async function createOrganization(body: OrganizationBody): Promise<OrganizationDto> {
  const { organization } = await api.post('/organizations', body, organizationResponseSchema);
  return organization;
}

export async function updateOrganization(
  id: string,
  patch: OrganizationPatch,
): Promise<OrganizationDto> {
  const { organization } = await api.patch(
    `/organizations/${encodeURIComponent(id)}`,
    patch,
    organizationResponseSchema,
  );
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
