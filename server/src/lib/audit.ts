import { Schema, model, type Types } from 'mongoose';

export interface AuditRecord {
  _id: Types.ObjectId;
  actorId?: Types.ObjectId;
  action: string;
  targetType: string;
  targetId: Types.ObjectId;
  note: string;
  data?: Record<string, unknown>;
  at: Date;
}

const auditSchema = new Schema<AuditRecord>({
  actorId: { type: Schema.Types.ObjectId },
  action: { type: String, required: true },
  targetType: { type: String, required: true },
  targetId: { type: Schema.Types.ObjectId, required: true },
  note: { type: String, default: '' },
  data: { type: Schema.Types.Mixed },
  at: { type: Date, default: () => new Date() },
});
auditSchema.index({ targetType: 1, targetId: 1, at: -1 });

export const AuditModel = model<AuditRecord>('AuditEvent', auditSchema);

/** Append-only record of who decided what, kept apart from the records it concerns. */
export async function recordAudit(entry: Omit<AuditRecord, '_id' | 'at'>): Promise<void> {
  await AuditModel.create({ ...entry, at: new Date() });
}

/** What was decided about a record, newest first. */
export async function auditOf(
  targetType: string,
  targetId: Types.ObjectId,
  limit = 100,
): Promise<AuditRecord[]> {
  return AuditModel.find({ targetType, targetId })
    .sort({ at: -1 })
    .limit(limit)
    .lean<AuditRecord[]>();
}
