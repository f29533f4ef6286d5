import type { Types } from 'mongoose';
import type { CollaborationStatus, OutcomeKind } from '@qs/shared';
import { createdWithin, type CreatedRange } from '../../lib/count-by';
import { AgreementModel, type AgreementRecord } from './agreement.model';
import { CollaborationModel, type CollaborationRecord } from './collaboration.model';

/* Statistics: what the stats module reads of collaborations and agreements. */

/** What the statistics read of each collaboration created within the range. */
export interface CollaborationFact {
  invitationId: Types.ObjectId;
  needId: Types.ObjectId;
  expertId: Types.ObjectId;
  status: CollaborationStatus;
  createdAt: Date;
  /** when it was (last) completed */
  completedAt?: Date;
}

/** The collaborations created within the range; the statistics count and place them. */
export async function collaborationFacts(range: CreatedRange): Promise<CollaborationFact[]> {
  const rows = await CollaborationModel.find(createdWithin(range), {
    _id: 0,
    invitationId: 1,
    needId: 1,
    expertId: 1,
    status: 1,
    createdAt: 1,
    history: 1,
  }).lean();
  return rows.map(({ history, ...row }) => {
    const done =
      row.status === 'completed'
        ? history.findLast((event) => event.status === 'completed')
        : undefined;
    return { ...row, ...(done ? { completedAt: done.at } : {}) };
  });
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
