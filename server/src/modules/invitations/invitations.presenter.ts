import type { InvitationDto } from '@qs/shared';
import { presentParties, type PartyNames } from '../collaborations';
import type { InvitationRecord, ParallelCounts } from '../invitation-store';

export function presentInvitation(
  record: InvitationRecord,
  names: PartyNames = {},
  extras: { parallel?: ParallelCounts; needState?: InvitationDto['needState'] } = {},
): InvitationDto {
  return {
    id: record._id.toString(),
    ...presentParties(record, names),
    invitedBy: record.invitedBy.toString(),
    message: record.message,
    status: record.status,
    expiresAt: record.expiresAt.toISOString(),
    ...(record.respondedAt ? { respondedAt: record.respondedAt.toISOString() } : {}),
    ...(record.responseHours !== undefined ? { responseHours: record.responseHours } : {}),
    history: record.history.map((event) => ({
      status: event.status,
      ...(event.by ? { by: event.by.toString() } : {}),
      at: event.at.toISOString(),
      ...(event.reason ? { reason: event.reason } : {}),
    })),
    ...(extras.needState ? { needState: extras.needState } : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    ...(extras.parallel ? { parallel: extras.parallel } : {}),
  };
}
