import {
  agreementInputSchema,
  collaborationResponseSchema,
  type AgreementInput,
  type CollaborationDto,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

export { agreementInputSchema, type AgreementInput };

/** Records the signed agreement: active → agreed (either side). */
export async function signAgreement({
  id,
  ...input
}: AgreementInput & { id: string }): Promise<CollaborationDto> {
  const { collaboration } = await api.post(
    `/collaborations/${encodeURIComponent(id)}/agreement`,
    agreementInputSchema.parse(input),
    collaborationResponseSchema,
  );
  return collaboration;
}

export const useSignAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signAgreement,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};
