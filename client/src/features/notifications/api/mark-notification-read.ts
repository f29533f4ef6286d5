import type { notificationReadSchema } from '@qs/shared';
import { notificationRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { applyRead } from './keys';

export type NotificationReadResult = z.infer<typeof notificationReadSchema>;

/** Marks one notification read; reading it again keeps the first time. */
export function markNotificationRead(id: string): Promise<NotificationReadResult> {
  return call(notificationRoutes.markRead, { params: { id } });
}

export const useMarkNotificationRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: ({ notification, unread }) => applyRead(queryClient, notification, unread),
  });
};
