import type { NotificationDto } from '@qs/shared';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { NotificationList } from './get-notifications';
import { addNotification, applyRead, notificationKeys } from './keys';

function notification(id: string, readAt?: string): NotificationDto {
  return {
    id,
    type: 'invitation.new',
    title: '新的匹配邀请',
    body: '',
    data: { needTitle: '需求', organizationName: '单位' },
    createdAt: '2026-05-01T08:00:00.000Z',
    ...(readAt ? { readAt } : {}),
  };
}

function list(items: NotificationDto[], unread: number, page = 1): NotificationList {
  return { items, total: items.length, unread, page, limit: 2 };
}

function setup() {
  const queryClient = new QueryClient();
  const first = notificationKeys.list({ page: 1, limit: 2 });
  const second = notificationKeys.list({ page: 2, limit: 2 });
  queryClient.setQueryData(first, list([notification('b'), notification('a')], 2));
  queryClient.setQueryData(second, list([notification('z')], 2, 2));
  const read = (key: readonly unknown[]) => queryClient.getQueryData<NotificationList>(key);
  return { queryClient, first, second, read };
}

describe('notification caches', () => {
  it('when a notification is pushed, then first pages show it on top and every list its count', () => {
    const { queryClient, first, second, read } = setup();
    addNotification(queryClient, notification('c'), 3);
    expect(read(first)?.items.map((item) => item.id)).toEqual(['c', 'b']);
    expect(read(first)?.unread).toBe(3);
    expect(read(first)?.total).toBe(3);
    expect(read(second)?.items.map((item) => item.id)).toEqual(['z']);
    expect(read(second)?.unread).toBe(3);
  });

  it('when the same notification is pushed twice, then it is listed once', () => {
    const { queryClient, first, read } = setup();
    addNotification(queryClient, notification('b'), 2);
    expect(read(first)?.items.map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('when one is marked read, then only it is read and the count follows the server', () => {
    const { queryClient, first, read } = setup();
    applyRead(queryClient, notification('a', '2026-05-01T09:00:00.000Z'), 1);
    expect(read(first)?.items.map((item) => item.readAt)).toEqual([
      undefined,
      '2026-05-01T09:00:00.000Z',
    ]);
    expect(read(first)?.unread).toBe(1);
  });

  it('when all are marked read, then every listed one is read', () => {
    const { queryClient, first, second, read } = setup();
    applyRead(queryClient, undefined, 0);
    expect(read(first)?.items.every((item) => item.readAt)).toBe(true);
    expect(read(second)?.unread).toBe(0);
  });
});
