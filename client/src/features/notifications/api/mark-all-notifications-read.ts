import { notificationsReadAllSchema } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { applyRead } from './keys';

export type ReadAllResult = z.infer<typeof notificationsReadAllSchema>;

export function markAllNotificationsRead(): Promise<ReadAllResult> {
  return api.post('/notifications/read-all', undefined, notificationsReadAllSchema);
}

export const useMarkAllNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: ({ unread }) => applyRead(queryClient, undefined, unread),
  });
};
