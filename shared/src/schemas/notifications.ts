import { z } from 'zod';
import { pageSchema } from './common';

/** What happened; clients translate `type` with `data` as its parameters. */
export const notificationTypes = [
  'invitation.new',
  'invitation.accepted',
  'invitation.declined',
  'invitation.expired',
  'invitation.withdrawn',
  'invitation.reminder',
  'collaboration.agreed',
  'collaboration.completed',
  'collaboration.cancelled',
  'collaboration.rated',
  'collaboration.agreement-reminder',
  'profile.confirmation-reminder',
  'membership.requested',
  'membership.approved',
  'membership.rejected',
  'membership.removed',
  'membership.role-changed',
  'extraction.exhausted',
  'invitation.question',
  'invitation.answer',
  'meeting.proposed',
  'meeting.scheduled',
  'meeting.rescheduled',
  'meeting.cancelled',
  'meeting.reminder',
  'need.closed',
  'credit.suspended',
  'credit.lifted',
  'credit.appealed',
  'credit.appeal-answered',
  'need.interest',
] as const;
export const notificationTypeSchema = z.enum(notificationTypes);
export type NotificationType = z.infer<typeof notificationTypeSchema>;

/** Parameters of a notification: ids to link to and names to show. */
export const notificationDataSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type NotificationData = z.infer<typeof notificationDataSchema>;

export const notificationDtoSchema = z.object({
  id: z.string(),
  type: notificationTypeSchema,
  /** Chinese rendering of `type` and `data`, for clients that do not translate. */
  title: z.string(),
  body: z.string(),
  data: notificationDataSchema,
  readAt: z.string().optional(),
  createdAt: z.string(),
});
export type NotificationDto = z.infer<typeof notificationDtoSchema>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listNotificationsQuerySchema = z.strictObject({
  unread: booleanFlag.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

export const notificationListSchema = pageSchema(notificationDtoSchema).extend({
  unread: z.number().int(),
});
export const notificationReadSchema = z.object({
  notification: notificationDtoSchema,
  unread: z.number().int(),
});
export const notificationsReadAllSchema = z.object({
  updated: z.number().int(),
  unread: z.number().int(),
});
