import type { Types } from 'mongoose';
import type { CollaborationStatus, OutcomeKind } from '@qs/shared';
import { countBy, createdWithin, type CreatedRange } from '../../lib/count-by';
import { AgreementModel } from './agreement.model';
import { CollaborationModel, type CollaborationRecord } from './collaboration.model';

/* Statistics: what the stats module reads of collaborations and agreements. */

/** The need, expert and status of every collaboration. */
export function collaborationSummaries(): Promise<
  { needId: Types.ObjectId; expertId: Types.ObjectId; status: CollaborationStatus }[]
> {
  return CollaborationModel.find({}, { needId: 1, expertId: 1, status: 1 }).lean();
}

/** The need and expert of every collaboration. */
export function collaborationPairs(): Promise<
  { needId: Types.ObjectId; expertId: Types.ObjectId }[]
> {
  return CollaborationModel.find({}, { needId: 1, expertId: 1 }).lean();
}

/**
 * How many of the given needs have a collaboration in one of `statuses`; intersected here, as
 * for invitations, rather than listing thousands of needs in the query.
 */
export async function needsCollaboratingCount(
  needIds: Types.ObjectId[],
  statuses: CollaborationStatus[],
): Promise<number> {
  const found = await CollaborationModel.distinct('needId', { status: { $in: statuses } });
  const wanted = new Set(needIds.map(String));
  return found.filter((id) => wanted.has(String(id))).length;
}

/** When each collaboration created within the range was created. */
export async function collaborationCreationTimes(range: CreatedRange): Promise<Date[]> {
  const rows = await CollaborationModel.find(createdWithin(range), { createdAt: 1 }).lean();
  return rows.map((row) => row.createdAt);
}

/** When each completed collaboration was (last) completed. */
export async function completionTimes(): Promise<Date[]> {
  const rows = await CollaborationModel.find({ status: 'completed' }, { history: 1 }).lean();
  return rows.flatMap((row) => {
    const done = row.history.findLast((event) => event.status === 'completed');
    return done ? [done.at] : [];
  });
}

/** The recorded outcomes: kind, hours, whether a file came with it, and the need it answered. */
export async function outcomeSummaries(): Promise<
  { needId: Types.ObjectId; kind: OutcomeKind; hoursSpent: number; withFile: boolean }[]
> {
  const rows = await CollaborationModel.find(
    { outcome: { $exists: true } },
    { needId: 1, 'outcome.kind': 1, 'outcome.hoursSpent': 1, 'outcome.file.id': 1 },
  ).lean<Pick<CollaborationRecord, 'needId' | 'outcome'>[]>();
  return rows.flatMap((row) =>
    row.outcome
      ? [
          {
            needId: row.needId,
            kind: row.outcome.kind,
            hoursSpent: row.outcome.hoursSpent,
            withFile: row.outcome.file !== undefined,
          },
        ]
      : [],
  );
}

/** Agreements by kind. */
export function agreementCountsByKind(): Promise<Record<string, number>> {
  return countBy(AgreementModel, 'kind');
}
