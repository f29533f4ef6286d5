import type { Types } from 'mongoose';
import { now as clockNow } from '../../lib/clock';
import type { Job } from '../../lib/jobs';
import { recordedEvent } from '../../lib/outbox';
import { CollaborationModel, type CollaborationRecord } from './collaboration.model';
import { removeUnrecordedFiles } from './outcome-files';
import { collaborationEventData, dispatchCollaborationEvents } from './collaborations.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an accepted collaboration may go without an agreement before both sides are reminded. */
const AGREEMENT_REMINDER_DAYS = 7;
const BATCH = 200;

/**
 * Reminds both sides of every active collaboration that has gone `AGREEMENT_REMINDER_DAYS`
 * without an agreement, once: the reminder and its event are recorded in one write conditional
 * on no reminder yet. Returns how many were reminded.
 */
export async function remindAgreements(
  now: Date = clockNow(),
  stopping?: AbortSignal,
): Promise<number> {
  const due = {
    status: 'active' as const,
    agreementRemindedAt: { $exists: false },
    createdAt: { $lte: new Date(now.getTime() - AGREEMENT_REMINDER_DAYS * DAY_MS) },
  };
  let reminded = 0;
  for (;;) {
    const batch = await CollaborationModel.find(due).limit(BATCH).lean<CollaborationRecord[]>();
    for (const record of batch) {
      if (stopping?.aborted) return reminded;
      const event = recordedEvent(
        'collaboration.agreement-reminded',
        `collaboration.agreement-reminded:${record._id.toString()}`,
        { ...collaborationEventData(record), days: AGREEMENT_REMINDER_DAYS },
        now,
      );
      const result = await CollaborationModel.updateOne(
        { ...due, _id: record._id },
        { $set: { agreementRemindedAt: now }, $push: { outbox: event } },
        { timestamps: false },
      );
      if (result.modifiedCount !== 1) continue;
      reminded++;
      // A failing notice or mail is reported by the dispatcher and retried by its sweep.
      await dispatchCollaborationEvents(record._id).catch(() => undefined);
    }
    if (batch.length < BATCH) return reminded;
  }
}

/** The outcome file a collaboration records, by its id (the file is stored before the record). */
async function recordedFile(collaborationId: Types.ObjectId) {
  const found = await CollaborationModel.findById(collaborationId, { 'outcome.file.id': 1 })
    .lean<Pick<CollaborationRecord, 'outcome'>>()
    .exec();
  return found?.outcome?.file?.id;
}

/** The collaborations' timed work, run by the platform's job runner. */
export function collaborationJobs(everyMs: number): Job[] {
  return [
    { name: 'collaborations.remind-agreement', everyMs, run: remindAgreements },
    {
      name: 'collaborations.remove-unrecorded-files',
      everyMs,
      run: (now, stopping) => removeUnrecordedFiles(now, stopping, recordedFile),
    },
  ];
}
