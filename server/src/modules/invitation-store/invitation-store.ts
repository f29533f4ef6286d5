import { Types, type QueryFilter, type SortOrder } from 'mongoose';
import type { InvitationStatus } from '@qs/shared';
import { createdWithin, type CreatedRange } from '../../lib/count-by';
import { insertOnce } from '../../lib/insert-once';
import { recordedEvents, type PendingEvent } from '../../lib/outbox';
import { findPage, type PageRequest } from '../../lib/paginate';
import { InvitationModel, type InvitationRecord } from './invitation.model';

/*
 * The invitations collection, owned here and read by nothing else: a leaf module, so that experts
 * and needs can ask about invitations while the invitations workflow (which asks experts and needs)
 * builds on it without an import cycle.
 */

type Id = string | Types.ObjectId;

/** One invitation, or null. */
export function findInvitation(id: Id): Promise<InvitationRecord | null> {
  return InvitationModel.findById(new Types.ObjectId(id)).lean<InvitationRecord>();
}

/** The invitation of one (need, expert), or null. */
export function findInvitationOf(key: {
  needId: Types.ObjectId;
  expertId: Types.ObjectId;
}): Promise<InvitationRecord | null> {
  return InvitationModel.findOne(key).lean<InvitationRecord>();
}

/**
 * Inserts the invitation unless one of the same (need, expert) exists; concurrent calls converge
 * on one record and only one of them sees `created: true`.
 */
export function insertInvitation(
  key: { needId: Types.ObjectId; expertId: Types.ObjectId },
  doc: Partial<InvitationRecord>,
): Promise<{ record: InvitationRecord; created: boolean }> {
  return insertOnce(InvitationModel, key, doc);
}

/** One page of invitations matching `filter`. */
export function findInvitationPage(
  filter: QueryFilter<InvitationRecord>,
  sort: Record<string, SortOrder>,
  page: PageRequest,
) {
  return findPage(InvitationModel, filter, sort, page);
}

/**
 * Leaves `pending` for `to`, recorded in the history. Conditional on the invitation still being
 * pending (and on `also`), so that of two concurrent moves exactly one applies; null otherwise.
 */
export function leavePending(
  current: InvitationRecord,
  to: Exclude<InvitationStatus, 'pending'>,
  move: {
    by?: string;
    at: Date;
    reason?: string;
    set?: Record<string, unknown>;
    also?: object;
    /** the events this move records (see lib/outbox) */
    events?: PendingEvent[];
  },
): Promise<InvitationRecord | null> {
  const event = {
    status: to,
    ...(move.by ? { by: new Types.ObjectId(move.by) } : {}),
    at: move.at,
    ...(move.reason ? { reason: move.reason } : {}),
  };
  return InvitationModel.findOneAndUpdate(
    { _id: current._id, status: 'pending', ...move.also },
    {
      $set: { status: to, ...move.set },
      $unset: { nextReminder: 1 },
      $push: { history: event, ...(move.events ? { outbox: { $each: move.events } } : {}) },
    },
    { returnDocument: 'after' },
  ).lean<InvitationRecord>();
}

/** Runs the subscribers of the invitation's recorded events now (see lib/outbox). */
export function dispatchInvitationEvents(id: Types.ObjectId): Promise<void> {
  return recordedEvents.dispatch(InvitationModel, id);
}

/** Pending invitations whose next reminder is due at `now`, and not yet expired. */
export function dueReminders(now: Date, limit: number): Promise<InvitationRecord[]> {
  return InvitationModel.find({
    status: 'pending',
    'nextReminder.at': { $lte: now },
    expiresAt: { $gt: now },
  })
    .sort({ 'nextReminder.at': 1 })
    .limit(limit)
    .lean<InvitationRecord[]>();
}

/**
 * Records that the due reminder goes (its event) and which comes next, conditional on that
 * reminder still being the next: of two runs, one records it. False when something moved first.
 */
export async function recordReminder(
  current: InvitationRecord,
  next: InvitationRecord['nextReminder'],
  event: PendingEvent,
): Promise<boolean> {
  const due = current.nextReminder;
  if (!due) return false;
  const result = await InvitationModel.updateOne(
    {
      _id: current._id,
      status: 'pending',
      'nextReminder.kind': due.kind,
      'nextReminder.at': due.at,
    },
    {
      ...(next ? { $set: { nextReminder: next } } : { $unset: { nextReminder: 1 } }),
      $push: { outbox: event },
    },
    { timestamps: false },
  );
  return result.modifiedCount === 1;
}

/** Pending invitations due at `now`, oldest first. */
export function dueInvitations(now: Date, limit: number): Promise<InvitationRecord[]> {
  return InvitationModel.find({ status: 'pending', expiresAt: { $lte: now } })
    .sort({ expiresAt: 1 })
    .limit(limit)
    .lean<InvitationRecord[]>();
}

/** The response times (hours) of the expert's answered invitations. */
export async function responseHoursOf(expertId: Types.ObjectId): Promise<number[]> {
  const answered = await InvitationModel.find(
    { expertId, responseHours: { $exists: true } },
    { responseHours: 1 },
  ).lean();
  return answered.map((invitation) => invitation.responseHours as number);
}

/** The needs the expert was invited to, whatever became of the invitation. */
export async function invitedNeedIds(expertId: Id): Promise<Types.ObjectId[]> {
  const rows = await InvitationModel.find(
    { expertId: new Types.ObjectId(expertId) },
    { needId: 1 },
  ).lean();
  return rows.map((row) => row.needId);
}

/** Every invitation to the need, whatever became of it. */
export function invitationsOfNeed(needId: Id): Promise<InvitationRecord[]> {
  return InvitationModel.find({ needId: new Types.ObjectId(needId) }).lean<InvitationRecord[]>();
}

/* Statistics: what the stats module reads of invitations. */

/** What the statistics read of each invitation created within the range. */
export interface InvitationFact {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  organizationId: Types.ObjectId;
  expertId: Types.ObjectId;
  status: InvitationStatus;
  responseHours?: number;
  createdAt: Date;
}

/**
 * The needs with an invitation (with `status`, if given): distinct ids, which the funnel
 * intersects with its needs rather than listing thousands of needs in the query.
 */
export async function invitedNeedIdSet(status?: InvitationStatus): Promise<Set<string>> {
  const ids = await InvitationModel.distinct('needId', status ? { status } : {});
  return new Set(ids.map(String));
}

/** The invitations created within the range; the statistics count and place them. */
export function invitationFacts(range: CreatedRange): Promise<InvitationFact[]> {
  return findInvitationFacts(createdWithin(range));
}

/** How many invitations there are (from the collection's metadata). */
export function invitationCount(): Promise<number> {
  return InvitationModel.estimatedDocumentCount();
}

/** The given invitations as the statistics read them; unknown ids are left out. */
export function invitationFactsOf(ids: (string | Types.ObjectId)[]): Promise<InvitationFact[]> {
  return findInvitationFacts({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } });
}

function findInvitationFacts(filter: QueryFilter<InvitationRecord>): Promise<InvitationFact[]> {
  return InvitationModel.find(filter, {
    needId: 1,
    organizationId: 1,
    expertId: 1,
    status: 1,
    responseHours: 1,
    createdAt: 1,
  }).lean<InvitationFact[]>();
}

/** How many of the expert's invitations lapsed unanswered in (`since`, `until`]. */
export function expiredCount(expertId: Id, since: Date, until: Date): Promise<number> {
  return InvitationModel.countDocuments({
    expertId: new Types.ObjectId(expertId),
    status: 'expired',
    expiresAt: { $gt: since, $lte: until },
  });
}
