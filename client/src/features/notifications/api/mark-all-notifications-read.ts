import type { notificationsReadAllSchema } from '@qs/shared';
import { notificationRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { applyRead } from './keys';

export type ReadAllResult = z.infer<typeof notificationsReadAllSchema>;

export function markAllNotificationsRead(): Promise<ReadAllResult> {
  return call(notificationRoutes.markAllRead);
}

export const useMarkAllNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: ({ unread }) => applyRead(queryClient, undefined, unread),
  });
};
