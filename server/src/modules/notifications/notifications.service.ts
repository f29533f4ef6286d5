import { Types } from 'mongoose';
import {
  can,
  type Actor,
  type ListNotificationsQuery,
  type NotificationData,
  type NotificationDto,
  type NotificationType,
} from '@qs/shared';
import { NotFoundError } from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import { insertOnce } from '../../lib/insert-once';
import { NotificationModel, type NotificationRecord } from './notification.model';
import { presentNotification } from './notifications.presenter';
import { findPage } from '../../lib/paginate';

export interface NotificationInput {
  type: NotificationType;
  data: NotificationData;
  /** Names the event: notifying the same event again (a retried request) stores nothing new. */
  key: string;
}

function unreadCount(userId: Types.ObjectId): Promise<number> {
  return NotificationModel.countDocuments({ userId, readAt: { $exists: false } });
}

async function notifyOne(userId: string, input: NotificationInput): Promise<boolean> {
  const recipient = new Types.ObjectId(userId);
  const { record, created } = await insertOnce(
    NotificationModel,
    { userId: recipient, key: input.key },
    { userId: recipient, ...input },
  );
  if (!created) return false;
  domainEvents.emit('notification.created', {
    userId,
    notification: presentNotification(record),
    unread: await unreadCount(recipient),
  });
  return true;
}

/** Stores one notification per recipient and announces each new one; answers how many were new. */
export async function notify(userIds: string[], input: NotificationInput): Promise<number> {
  const created = await Promise.all(
    [...new Set(userIds)].map((userId) => notifyOne(userId, input)),
  );
  return created.filter(Boolean).length;
}

export async function listNotifications(actor: Actor, query: ListNotificationsQuery) {
  const userId = new Types.ObjectId(actor.id);
  const filter =
    query.unread === undefined ? { userId } : { userId, readAt: { $exists: !query.unread } };
  const [{ records, total }, unread] = await Promise.all([
    findPage(NotificationModel, filter, { createdAt: -1, _id: -1 }, query),
    unreadCount(userId),
  ]);
  return {
    items: records.map(presentNotification),
    total,
    unread,
    page: query.page,
    limit: query.limit,
  };
}

/** One notification's record; 404 when there is none. */
export async function loadNotification(id: string): Promise<NotificationRecord> {
  const record = await NotificationModel.findById(
    new Types.ObjectId(id),
  ).lean<NotificationRecord>();
  if (!record) throw new NotFoundError({ key: 'no_such_notification' });
  return record;
}

/** Someone else's notification answers 404: its existence is private too. */
export function authorizeNotification(actor: Actor, record: NotificationRecord): void {
  if (!can(actor, 'notifications:read', { userId: record.userId.toString() }))
    throw new NotFoundError({ key: 'no_such_notification' });
}

export async function markRead(
  record: NotificationRecord,
): Promise<{ notification: NotificationDto; unread: number }> {
  // Conditional, so that reading twice keeps the first time.
  const saved =
    (await NotificationModel.findOneAndUpdate(
      { _id: record._id, readAt: { $exists: false } },
      { $set: { readAt: new Date() } },
      { returnDocument: 'after' },
    ).lean<NotificationRecord>()) ?? record;
  return { notification: presentNotification(saved), unread: await unreadCount(record.userId) };
}

export async function markAllRead(actor: Actor): Promise<{ updated: number; unread: number }> {
  const userId = new Types.ObjectId(actor.id);
  const result = await NotificationModel.updateMany(
    { userId, readAt: { $exists: false } },
    { $set: { readAt: new Date() } },
  );
  return { updated: result.modifiedCount, unread: await unreadCount(userId) };
}
