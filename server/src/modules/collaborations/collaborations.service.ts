import { Types } from 'mongoose';
import {
  can,
  collaborationMoves,
  sideOf,
  type Actor,
  type AgreementInput,
  type CollaborationDto,
  type CollaborationMove,
  type CollaborationSide,
  type ListCollaborationsQuery,
  type NotificationType,
  type RatingInput,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { ConflictError, NotFoundError } from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import { insertOnce } from '../../lib/insert-once';
import { addRating, applyOnce } from '../experts';
import { notify } from '../notifications';
import { CollaborationModel, type CollaborationRecord } from './collaboration.model';
import { presentCollaboration } from './collaborations.presenter';
import {
  partiesOf,
  partiesScope,
  partiesView,
  presentParties,
  partyNames,
  type Parties,
} from './parties';
import { findPage } from '../../lib/paginate';

/** The collaboration of each of the given invitations that has one: invitation id → collaboration id. */
export async function collaborationsOfInvitations(
  invitationIds: Types.ObjectId[],
): Promise<Map<string, string>> {
  const rows = await CollaborationModel.find(
    { invitationId: { $in: invitationIds } },
    { invitationId: 1 },
  ).lean();
  return new Map(rows.map((row) => [row.invitationId.toString(), row._id.toString()]));
}

async function presentMany(records: CollaborationRecord[]): Promise<CollaborationDto[]> {
  const names = await partyNames(records);
  return records.map((record) => presentCollaboration(record, names(record)));
}

/** One collaboration's record; 404 when there is none. */
export async function loadCollaboration(id: string): Promise<CollaborationRecord> {
  const record = await CollaborationModel.findById(
    new Types.ObjectId(id),
  ).lean<CollaborationRecord>();
  if (!record) throw new NotFoundError({ message: 'No such collaboration' });
  return record;
}

/** Checks `action` on a collaboration; one the actor may not read answers 404, so that it does not leak. */
export function authorizeCollaboration(
  actor: Actor,
  action: 'collaborations:read' | 'collaborations:move' | 'collaborations:rate',
  record: CollaborationRecord,
): void {
  const view = partiesView(record);
  if (!can(actor, 'collaborations:read', view))
    throw new NotFoundError({ message: 'No such collaboration' });
  authorize(actor, action, view);
}

export async function presentOne(record: CollaborationRecord): Promise<CollaborationDto> {
  const [dto] = await presentMany([record]);
  return dto as CollaborationDto;
}

/**
 * Starts the collaboration of an accepted invitation. Keyed on the invitation, so a repeated
 * accept finds the one already started, and the expert's workload counts it once.
 */
export async function startCollaboration(
  invitation: Parties & { _id: Types.ObjectId },
  by: Types.ObjectId,
): Promise<CollaborationRecord> {
  const { record } = await insertOnce(
    CollaborationModel,
    { invitationId: invitation._id },
    {
      invitationId: invitation._id,
      needId: invitation.needId,
      organizationId: invitation.organizationId,
      expertId: invitation.expertId,
      status: 'active',
      history: [{ status: 'active', by, at: new Date() }],
    },
  );
  // Also when found: a repeat after a crash right after the insert still counts it, once.
  await applyOnce(invitation.expertId, `started:${record._id.toString()}`, {
    $inc: { activeCollaborations: 1 },
  });
  return record;
}

export async function listCollaborations(actor: Actor, query: ListCollaborationsQuery) {
  const filter = {
    ...partiesScope(actor),
    ...(query.status ? { status: query.status } : {}),
    ...(query.needId ? { needId: new Types.ObjectId(query.needId) } : {}),
  };
  const { records, total } = await findPage(
    CollaborationModel,
    filter,
    { updatedAt: -1, _id: -1 },
    query,
  );
  return { items: await presentMany(records), total, page: query.page, limit: query.limit };
}

/**
 * Tells the other side (notification) and both sides (live update) what the caller did. The
 * notification key names the event, so a repeated announcement stores nothing new.
 */
async function announce(
  record: CollaborationRecord,
  actor: Actor,
  notification: { type: NotificationType; key: string; data?: Record<string, string | number> },
): Promise<CollaborationDto> {
  const { names, users } = await partiesOf(record);
  const others =
    sideOf(actor, partiesView(record)) === 'enterprise' ? users.expert : users.enterprise;
  await notify(others, {
    type: notification.type,
    key: notification.key,
    data: {
      ...presentParties(record, names),
      collaborationId: record._id.toString(),
      ...notification.data,
    },
  });
  const collaboration = presentCollaboration(record, names);
  domainEvents.emit('collaboration.updated', {
    collaboration,
    userIds: [...users.enterprise, ...users.expert],
  });
  return collaboration;
}

/** A collaboration that ends frees a place in the expert's workload, once. */
async function releaseExpert(collaboration: CollaborationRecord): Promise<void> {
  await applyOnce(
    collaboration.expertId,
    `ended:${collaboration._id.toString()}`,
    { $inc: { activeCollaborations: -1 } },
    { activeCollaborations: { $gt: 0 } },
  );
}

/**
 * Moves the status as `collaborationMoves` allows, by either side (authorized as
 * `collaborations:move` by the caller), recorded with who and when.
 */
async function move(
  actor: Actor,
  current: CollaborationRecord,
  name: CollaborationMove,
  extra: { set?: Record<string, unknown>; note?: string } = {},
): Promise<CollaborationRecord> {
  const id = current._id.toString();
  const { from, to } = collaborationMoves[name];
  const allowed: readonly string[] = from;
  if (!allowed.includes(current.status))
    throw new ConflictError({ message: `The collaboration is ${current.status}` });
  const event = {
    status: to,
    by: new Types.ObjectId(actor.id),
    at: new Date(),
    ...(extra.note ? { note: extra.note } : {}),
  };
  // Conditional on the state, so that two concurrent moves cannot both apply.
  const saved = await CollaborationModel.findOneAndUpdate(
    { _id: current._id, status: { $in: from } },
    { $set: { status: to, ...extra.set }, $push: { history: event } },
    { returnDocument: 'after' },
  ).lean<CollaborationRecord>();
  if (!saved) throw new ConflictError({ message: 'The collaboration changed meanwhile' });
  if (to === 'completed' || to === 'cancelled') await releaseExpert(saved);
  await announce(saved, actor, {
    type: `collaboration.${to}`,
    key: `collaboration.${to}:${id}`,
    ...(extra.note ? { data: { reason: extra.note } } : {}),
  });
  return saved;
}

export function signAgreement(actor: Actor, current: CollaborationRecord, input: AgreementInput) {
  const agreement = {
    signedAt: input.signedAt ? new Date(input.signedAt) : new Date(),
    ...(input.documentRef ? { documentRef: input.documentRef } : {}),
  };
  return move(actor, current, 'agreement', { set: { agreement } });
}

export function completeCollaboration(actor: Actor, current: CollaborationRecord) {
  return move(actor, current, 'complete');
}

export function cancelCollaboration(actor: Actor, current: CollaborationRecord, reason?: string) {
  return move(actor, current, 'cancel', { note: reason });
}

/** Adds the enterprise's score to the expert's rating, once per collaboration. */
function addExpertRating(collaboration: CollaborationRecord, score: number): Promise<void> {
  return addRating(collaboration.expertId, `rated:${collaboration._id.toString()}`, score);
}

/**
 * Each side rates once, after completion (authorized as `collaborations:rate` by the caller);
 * the enterprise's score feeds the expert's rating.
 */
export async function rateCollaboration(
  actor: Actor,
  current: CollaborationRecord,
  input: RatingInput,
): Promise<CollaborationRecord> {
  const id = current._id.toString();
  // Authorized: the caller stands on one of the two sides.
  const side = sideOf(actor, partiesView(current)) as CollaborationSide;
  if (current.status !== 'completed')
    throw new ConflictError({ message: 'Only a completed collaboration can be rated' });
  const field = side === 'enterprise' ? 'ratings.byEnterprise' : 'ratings.byExpert';
  const rating = {
    score: input.score,
    ...(input.comment ? { comment: input.comment } : {}),
    by: new Types.ObjectId(actor.id),
    at: new Date(),
  };
  // Conditional on the side not having rated, so that a second rating never overwrites the first.
  const saved = await CollaborationModel.findOneAndUpdate(
    { _id: current._id, status: 'completed', [field]: { $exists: false } },
    { $set: { [field]: rating } },
    { returnDocument: 'after' },
  ).lean<CollaborationRecord>();
  if (!saved) throw new ConflictError({ message: 'This side has already rated the collaboration' });
  if (side === 'enterprise') await addExpertRating(saved, input.score);
  await announce(saved, actor, {
    type: 'collaboration.rated',
    key: `collaboration.rated:${id}:${side}`,
    data: { score: input.score },
  });
  return saved;
}
