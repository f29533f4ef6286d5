import { Types, type QueryFilter } from 'mongoose';
import type { CollaborationStatus, OutcomeKind } from '@qs/shared';
import { createdWithin, type CreatedRange } from '../../lib/count-by';
import { AgreementModel, type AgreementRecord } from './agreement.model';
import { CollaborationModel, type CollaborationRecord } from './collaboration.model';

/* Statistics: what the stats module reads of collaborations and agreements. */

/** What the statistics read of each collaboration created within the range. */
export interface CollaborationFact {
  _id: Types.ObjectId;
  invitationId: Types.ObjectId;
  needId: Types.ObjectId;
  expertId: Types.ObjectId;
  status: CollaborationStatus;
  createdAt: Date;
  /** when it was (last) completed */
  completedAt?: Date;
}

/**
 * The collaborations created within the range; the statistics count and place them. The history,
 * which holds when one was completed, is read only for the completed ones.
 */
export function collaborationFacts(range: CreatedRange): Promise<CollaborationFact[]> {
  return findCollaborationFacts(createdWithin(range));
}

/** How many collaborations there are (from the collection's metadata). */
export function collaborationCount(): Promise<number> {
  return CollaborationModel.estimatedDocumentCount();
}

/** The given collaborations as the statistics read them; unknown ids are left out. */
export function collaborationFactsOf(
  ids: (string | Types.ObjectId)[],
): Promise<CollaborationFact[]> {
  return findCollaborationFacts({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } });
}

async function findCollaborationFacts(
  filter: QueryFilter<CollaborationRecord>,
): Promise<CollaborationFact[]> {
  const [rows, completed] = await Promise.all([
    CollaborationModel.find(filter, {
      invitationId: 1,
      needId: 1,
      expertId: 1,
      status: 1,
      createdAt: 1,
    }).lean(),
    CollaborationModel.find({ ...filter, status: 'completed' }, { history: 1 }).lean(),
  ]);
  const completedAt = new Map(
    completed.map((row) => [
      row._id.toString(),
      row.history.findLast((event) => event.status === 'completed')?.at,
    ]),
  );
  return rows.map((row) => {
    const done = completedAt.get(row._id.toString());
    return { ...row, ...(done ? { completedAt: done } : {}) };
  });
}

/** The needs with a collaboration in one of `statuses`: distinct ids, as for invitations. */
export async function collaboratingNeedIdSet(
  statuses: CollaborationStatus[],
): Promise<Set<string>> {
  const ids = await CollaborationModel.distinct('needId', { status: { $in: statuses } });
  return new Set(ids.map(String));
}

/**
 * The outcomes recorded within the range: kind, hours, whether a file came with it, and the need
 * it answered.
 */
export async function outcomeSummaries(
  range: CreatedRange = {},
): Promise<{ needId: Types.ObjectId; kind: OutcomeKind; hoursSpent: number; withFile: boolean }[]> {
  const recorded = createdWithin(range).createdAt;
  const rows = await CollaborationModel.find(
    { outcome: { $exists: true }, ...(recorded ? { 'outcome.recordedAt': recorded } : {}) },
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

/** What the statistics read of each agreement signed within the range: its kind and parties. */
export function agreementFacts(range: CreatedRange): Promise<
  {
    kind: AgreementRecord['kind'];
    organizationId?: Types.ObjectId;
    partnerOrganizationId?: Types.ObjectId;
    expertId?: Types.ObjectId;
  }[]
> {
  const signed = createdWithin(range).createdAt;
  return AgreementModel.find(signed ? { signedAt: signed } : {}, {
    _id: 0,
    kind: 1,
    organizationId: 1,
    partnerOrganizationId: 1,
    expertId: 1,
  }).lean();
}
