import { creditRoutes, type CreditRecordDto, type CreditSubjectType } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export const creditQueryKey = ['credit'] as const;

export const myCreditQueryOptions = () =>
  queryOptions({
    queryKey: [...creditQueryKey, 'mine'],
    queryFn: ({ signal }) => call(creditRoutes.mine, { signal }),
  });

/** The caller's own record: the expert's, or the organization's for its members. */
export const useMyCredit = () => useQuery(myCreditQueryOptions());

export const creditRecordQueryKey = (subjectType: CreditSubjectType, id: string) =>
  [...creditQueryKey, subjectType, id] as const;

export function getCreditRecord(
  subjectType: CreditSubjectType,
  id: string,
  signal?: AbortSignal,
): Promise<CreditRecordDto> {
  const route = subjectType === 'expert' ? creditRoutes.expert : creditRoutes.organization;
  return call(route, { params: { id }, signal }).then(({ record }) => record);
}

/** An expert's or an organization's record (staff, or the subject itself). */
export const useCreditRecord = (subjectType: CreditSubjectType, id: string) =>
  useQuery({
    queryKey: creditRecordQueryKey(subjectType, id),
    queryFn: ({ signal }) => getCreditRecord(subjectType, id, signal),
  });

/** Suspensions in force (the blacklist); staff. */
export const useSuspensions = () =>
  useQuery({
    queryKey: [...creditQueryKey, 'suspensions'],
    queryFn: ({ signal }) => call(creditRoutes.suspensions, { signal }),
  });
