import {
  type AgreementInput,
  agreementInputSchema,
  type CollaborationDto,
  collaborationRoutes,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

export { agreementInputSchema, type AgreementInput };

/** Records the signed agreement: active → agreed (either side). */
export async function signAgreement({
  id,
  ...input
}: AgreementInput & { id: string }): Promise<CollaborationDto> {
  const { collaboration } = await call(collaborationRoutes.signAgreement, {
    params: { id },
    body: agreementInputSchema.parse(input),
  });
  return collaboration;
}

export const useSignAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signAgreement,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};
