import { expertRoutes, type Pool, type PoolSettingDto, updatePoolSettingSchema } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { poolsQueryKey } from './get-pools';

export interface UpdatePoolInput {
  pool: Pool;
  openToOtherCities: boolean;
}

export function updatePool({ pool, openToOtherCities }: UpdatePoolInput): Promise<PoolSettingDto> {
  return call(expertRoutes.updatePool, {
    params: { pool },
    body: updatePoolSettingSchema.parse({ openToOtherCities }),
  });
}

/** Switches a pool open or closed at once; a failure switches it back. */
export const useUpdatePool = () => {
  const queryClient = useQueryClient();
  const apply = (pool: Pool, openToOtherCities: boolean) =>
    queryClient.setQueryData<PoolSettingDto[]>(poolsQueryKey, (pools) =>
      pools?.map((item) => (item.pool === pool ? { ...item, openToOtherCities } : item)),
    );
  return useMutation({
    mutationFn: updatePool,
    onMutate: async ({ pool, openToOtherCities }) => {
      await queryClient.cancelQueries({ queryKey: poolsQueryKey });
      apply(pool, openToOtherCities);
    },
    onError: (_error, { pool, openToOtherCities }) => apply(pool, !openToOtherCities),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: poolsQueryKey });
      // Which experts an enterprise sees depends on it.
      void queryClient.invalidateQueries({ queryKey: ['experts'] });
    },
  });
};
