import type { CollaborationDto } from '@qs/shared';
import { presentParties, type PartyNames } from './parties';
import type { CollaborationRecord, OutcomeRecord, RatingRecord } from './collaboration.model';

function presentRating(rating: RatingRecord) {
  return {
    score: rating.score,
    ...(rating.comment ? { comment: rating.comment } : {}),
    by: rating.by.toString(),
    at: rating.at.toISOString(),
  };
}

function presentOutcome(outcome: OutcomeRecord) {
  const { file } = outcome;
  return {
    kind: outcome.kind,
    summary: outcome.summary,
    hoursSpent: outcome.hoursSpent,
    recordedBy: outcome.recordedBy.toString(),
    recordedAt: outcome.recordedAt.toISOString(),
    ...(file ? { file: { name: file.name, size: file.size, contentType: file.contentType } } : {}),
  };
}

export function presentCollaboration(
  record: CollaborationRecord,
  names: PartyNames,
): CollaborationDto {
  const { byEnterprise, byExpert } = record.ratings ?? {};
  return {
    id: record._id.toString(),
    invitationId: record.invitationId.toString(),
    ...presentParties(record, names),
    status: record.status,
    ...(record.agreement
      ? {
          agreement: {
            signedAt: record.agreement.signedAt.toISOString(),
            ...(record.agreement.documentRef ? { documentRef: record.agreement.documentRef } : {}),
          },
        }
      : {}),
    history: record.history.map((event) => ({
      status: event.status,
      by: event.by.toString(),
      // Only the two sides move a collaboration, the expert through the profile's account.
      side: event.by.toString() === names.expertUserId ? 'expert' : 'enterprise',
      at: event.at.toISOString(),
      ...(event.note ? { note: event.note } : {}),
    })),
    ratings: {
      ...(byEnterprise ? { byEnterprise: presentRating(byEnterprise) } : {}),
      ...(byExpert ? { byExpert: presentRating(byExpert) } : {}),
    },
    ...(record.outcome ? { outcome: presentOutcome(record.outcome) } : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
