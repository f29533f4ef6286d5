import {
  appealAnswerSchema,
  appealInputSchema,
  createCreditEventSchema,
  createSuspensionSchema,
  creditRoutes,
  liftSuspensionSchema,
  type AppealAnswerInput,
  type AppealInput,
  type CreateCreditEventInput,
  type CreateSuspensionInput,
  type CreditSubjectType,
  type LiftSuspensionInput,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { creditQueryKey } from './get-credit';

export {
  appealAnswerSchema,
  appealInputSchema,
  createCreditEventSchema,
  createSuspensionSchema,
  liftSuspensionSchema,
};

interface Subject {
  subjectType: CreditSubjectType;
  id: string;
}

/** Every change refreshes every record and list of the feature: they are few and small. */
function useCreditMutation<I>(mutationFn: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: creditQueryKey }),
  });
}

export const useRecordCreditEvent = () =>
  useCreditMutation(({ subjectType, id, ...body }: Subject & CreateCreditEventInput) =>
    call(
      subjectType === 'expert'
        ? creditRoutes.recordExpertEvent
        : creditRoutes.recordOrganizationEvent,
      { params: { id }, body },
    ),
  );

export const useSuspend = () =>
  useCreditMutation(({ subjectType, id, ...body }: Subject & CreateSuspensionInput) =>
    call(subjectType === 'expert' ? creditRoutes.suspendExpert : creditRoutes.suspendOrganization, {
      params: { id },
      body,
    }),
  );

export const useLiftSuspension = () =>
  useCreditMutation(({ id, ...body }: { id: string } & LiftSuspensionInput) =>
    call(creditRoutes.lift, { params: { id }, body }),
  );

export const useAppeal = () =>
  useCreditMutation(({ id, ...body }: { id: string } & AppealInput) =>
    call(creditRoutes.appeal, { params: { id }, body }),
  );

export const useAnswerAppeal = () =>
  useCreditMutation(({ id, ...body }: { id: string } & AppealAnswerInput) =>
    call(creditRoutes.answer, { params: { id }, body }),
  );
