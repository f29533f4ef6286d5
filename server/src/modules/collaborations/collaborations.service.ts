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
  type CompleteCollaborationInput,
  type ListCollaborationsQuery,
  type RatingInput,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { ConflictError, NotFoundError, ValidationError, detail } from '../../lib/errors';
import { now as clockNow } from '../../lib/clock';
import { insertOnce } from '../../lib/insert-once';
import {
  recordedEvent,
  recordedEvents,
  type CollaborationEventData,
  type InvitationEventData,
} from '../../lib/outbox';
import { CollaborationModel, type CollaborationRecord } from './collaboration.model';
import { presentCollaboration } from './collaborations.presenter';
import { partiesScope, partiesView, partyNames } from './parties';
import {
  deleteOutcomeFile,
  outcomeFileType,
  storeOutcomeFile,
  type UploadedFile,
} from './outcome-files';
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
  if (!record) throw new NotFoundError({ key: 'no_such_collaboration' });
  return record;
}

/** Runs the subscribers of the collaboration's recorded events now (see lib/outbox). */
export function dispatchCollaborationEvents(id: Types.ObjectId): Promise<void> {
  return recordedEvents.dispatch(CollaborationModel, id);
}

/** The parties of a collaboration as its events carry them. */
export function collaborationEventData(record: CollaborationRecord): CollaborationEventData {
  return {
    collaborationId: record._id.toString(),
    invitationId: record.invitationId.toString(),
    needId: record.needId.toString(),
    organizationId: record.organizationId.toString(),
    expertId: record.expertId.toString(),
  };
}

/** Checks `action` on a collaboration; one the actor may not read answers 404, so that it does not leak. */
export function authorizeCollaboration(
  actor: Actor,
  action:
    | 'collaborations:read'
    | 'collaborations:move'
    | 'collaborations:rate'
    | 'collaborations:download-outcome',
  record: CollaborationRecord,
): void {
  const view = partiesView(record);
  if (!can(actor, 'collaborations:read', view))
    throw new NotFoundError({ key: 'no_such_collaboration' });
  authorize(actor, action, view);
}

export async function presentOne(record: CollaborationRecord): Promise<CollaborationDto> {
  const [dto] = await presentMany([record]);
  return dto as CollaborationDto;
}

/**
 * Starts the collaboration of an accepted invitation. Keyed on the invitation, so a repeated
 * accept finds the one already started; `collaboration.started` is recorded with the insert.
 */
export async function startCollaboration(
  invitation: InvitationEventData,
  by: string,
): Promise<CollaborationRecord> {
  const _id = new Types.ObjectId();
  const parties = {
    invitationId: new Types.ObjectId(invitation.invitationId),
    needId: new Types.ObjectId(invitation.needId),
    organizationId: new Types.ObjectId(invitation.organizationId),
    expertId: new Types.ObjectId(invitation.expertId),
  };
  const at = new Date();
  const { record } = await insertOnce(
    CollaborationModel,
    { invitationId: parties.invitationId },
    {
      _id,
      ...parties,
      status: 'active',
      history: [{ status: 'active', by: new Types.ObjectId(by), at }],
      outbox: [
        recordedEvent(
          'collaboration.started',
          `collaboration.started:${_id.toString()}`,
          { collaborationId: _id.toString(), ...invitation },
          clockNow(),
        ),
      ],
    },
  );
  await dispatchCollaborationEvents(record._id);
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

/** One collaboration, or null. */
export function findCollaboration(id: string): Promise<CollaborationRecord | null> {
  return CollaborationModel.findById(new Types.ObjectId(id)).lean<CollaborationRecord>();
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
    throw new ConflictError({ key: 'collaboration_status', params: { status: current.status } });
  const event = {
    status: to,
    by: new Types.ObjectId(actor.id),
    at: new Date(),
    ...(extra.note ? { note: extra.note } : {}),
  };
  const side = sideOf(actor, partiesView(current)) as CollaborationSide;
  const recorded = recordedEvent(
    `collaboration.${to}`,
    `collaboration.${to}:${id}`,
    { ...collaborationEventData(current), side, ...(extra.note ? { reason: extra.note } : {}) },
    clockNow(),
  );
  // Conditional on the state, so that two concurrent moves cannot both apply.
  const saved = await CollaborationModel.findOneAndUpdate(
    { _id: current._id, status: { $in: from } },
    { $set: { status: to, ...extra.set }, $push: { history: event, outbox: recorded } },
    { returnDocument: 'after' },
  ).lean<CollaborationRecord>();
  if (!saved) throw new ConflictError({ key: 'collaboration_changed' });
  await dispatchCollaborationEvents(saved._id);
  return saved;
}

export function signAgreement(actor: Actor, current: CollaborationRecord, input: AgreementInput) {
  const agreement = {
    signedAt: input.signedAt ? new Date(input.signedAt) : new Date(),
    ...(input.documentRef ? { documentRef: input.documentRef } : {}),
  };
  return move(actor, current, 'agreement', { set: { agreement } });
}

const outcomeFields = ['kind', 'summary', 'hoursSpent'] as const;

/** The file, when it is one an outcome may attach (by its content), stored in GridFS. */
async function storeFile(current: CollaborationRecord, file: UploadedFile) {
  const type = await outcomeFileType(file);
  if (!type)
    throw new ValidationError({
      key: 'outcome_file_type',
      details: [detail('file', 'file_type_by_content')],
    });
  return storeOutcomeFile(current._id, file, type);
}

/**
 * agreed → completed with its outcome (kind, summary, hours and at most one file) in the same
 * write; without an outcome as before. The file is checked and stored first; when the move is
 * refused it is deleted again, so a refused completion leaves nothing behind.
 */
export async function completeCollaboration(
  actor: Actor,
  current: CollaborationRecord,
  input: CompleteCollaborationInput,
  file?: UploadedFile,
): Promise<CollaborationRecord> {
  const { kind, summary, hoursSpent } = input;
  if (file && kind === undefined)
    throw new ValidationError({
      key: 'outcome_needs_fields',
      details: outcomeFields.map((path) => detail(path, 'required_with_file')),
    });
  const allowed: readonly string[] = collaborationMoves.complete.from;
  if (!allowed.includes(current.status))
    throw new ConflictError({ key: 'collaboration_status', params: { status: current.status } });
  if (kind === undefined || summary === undefined || hoursSpent === undefined)
    return move(actor, current, 'complete');
  const stored = file ? await storeFile(current, file) : undefined;
  const outcome = {
    kind,
    summary,
    hoursSpent,
    recordedBy: new Types.ObjectId(actor.id),
    recordedAt: clockNow(),
    ...(stored ? { file: stored } : {}),
  };
  try {
    return await move(actor, current, 'complete', { set: { outcome } });
  } catch (err) {
    // Kept when the completion was written and only a subscriber failed afterwards.
    const now = stored && (await findCollaboration(current._id.toString()));
    if (stored && !now?.outcome?.file?.id.equals(stored.id)) await deleteOutcomeFile(stored.id);
    throw err;
  }
}

export function cancelCollaboration(actor: Actor, current: CollaborationRecord, reason?: string) {
  return move(actor, current, 'cancel', { note: reason });
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
    throw new ConflictError({ key: 'collaboration_not_completed' });
  const field = side === 'enterprise' ? 'ratings.byEnterprise' : 'ratings.byExpert';
  const rating = {
    score: input.score,
    ...(input.comment ? { comment: input.comment } : {}),
    by: new Types.ObjectId(actor.id),
    at: new Date(),
  };
  const recorded = recordedEvent(
    'collaboration.rated',
    `collaboration.rated:${id}:${side}`,
    { ...collaborationEventData(current), side, score: input.score },
    clockNow(),
  );
  // Conditional on the side not having rated, so that a second rating never overwrites the first.
  const saved = await CollaborationModel.findOneAndUpdate(
    { _id: current._id, status: 'completed', [field]: { $exists: false } },
    { $set: { [field]: rating }, $push: { outbox: recorded } },
    { returnDocument: 'after' },
  ).lean<CollaborationRecord>();
  if (!saved) throw new ConflictError({ key: 'already_rated' });
  await dispatchCollaborationEvents(saved._id);
  return saved;
}
