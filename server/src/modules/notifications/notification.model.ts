import { Schema, model, type Types } from 'mongoose';
import { notificationTypes, type NotificationData, type NotificationType } from '@qs/shared';

export interface NotificationRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  type: NotificationType;
  data: NotificationData;
  /** Idempotency key within the recipient: the same event notified twice is stored once. */
  key: string;
  readAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

const notificationSchema = new Schema<NotificationRecord>(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    type: { type: String, enum: notificationTypes, required: true },
    data: { type: Schema.Types.Mixed, default: {} },
    key: { type: String, required: true },
    readAt: { type: Date },
  },
  { timestamps: true, minimize: false },
);
notificationSchema.index({ userId: 1, key: 1 }, { unique: true });
notificationSchema.index({ userId: 1, createdAt: -1 });

export const NotificationModel = model<NotificationRecord>('Notification', notificationSchema);
