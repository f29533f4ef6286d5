import { Types } from 'mongoose';
import {
  can,
  freshnessOf,
  inviteObstacle,
  type Actor,
  type CreateInvitationInput,
  type InvitationDto,
  type InviteObstacle,
  type ListInvitationsQuery,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type AppError,
  detail,
} from '../../lib/errors';
import { now as clockNow } from '../../lib/clock';
import { recordedEvent, type InvitationEventData } from '../../lib/outbox';
import {
  collaborationsOfInvitations,
  partiesScope,
  partiesView,
  partyNames,
} from '../collaborations';
import { assertOrganizationNotSuspended } from '../credit';
import { findExpert, visiblePools, type ExpertRecord } from '../experts';
import { capacityMessage, capacityRule, conflictMessage, conflictsOf } from '../matching';
import { poolRules } from '../pool-rules';
import { conversationOfInvitation } from '../messaging';
import { isNeedClosed, needStates, type NeedRecord } from '../needs';
import {
  dispatchInvitationEvents,
  findInvitation,
  findInvitationOf,
  findInvitationPage,
  insertInvitation,
  leavePending,
  parallelCounts,
  type InvitationRecord,
} from '../invitation-store';
import { presentInvitation } from './invitations.presenter';
import { reminderSchedule } from './reminders';

const DAY_MS = 24 * 60 * 60 * 1000;
const NEED_CLOSED = 'need_closed';
const HOUR_MS = 60 * 60 * 1000;

/** Invitations as the API shows them, their parties, parallel counts and needs read once. */
export async function presentMany(records: InvitationRecord[]): Promise<InvitationDto[]> {
  const [names, parallel, states] = await Promise.all([
    partyNames(records),
    parallelCounts(records.map((record) => record.needId)),
    needStates(records.map((record) => record.needId)),
  ]);
  return records.map((record) =>
    presentInvitation(record, names(record), {
      parallel: parallel.get(record.needId.toString()),
      needState: states.get(record.needId.toString()),
    }),
  );
}

export async function presentOne(record: InvitationRecord): Promise<InvitationDto> {
  const [dto] = await presentMany([record]);
  return dto as InvitationDto;
}

/** One invitation's record; 404 when there is none. */
export async function loadInvitation(id: string): Promise<InvitationRecord> {
  const record = await findInvitation(id);
  if (!record) throw new NotFoundError({ key: 'no_such_invitation' });
  return record;
}

/** Checks `action` on an invitation; one the actor may not read answers 404, so that it does not leak. */
export function authorizeInvitation(
  actor: Actor,
  action: 'invitations:read' | 'invitations:respond' | 'invitations:withdraw',
  record: InvitationRecord,
): void {
  const view = partiesView(record);
  if (!can(actor, 'invitations:read', view)) throw new NotFoundError({ key: 'no_such_invitation' });
  authorize(actor, action, view);
}

const obstacleErrors: Record<InviteObstacle, () => AppError> = {
  need_not_open: () => new ConflictError({ key: 'need_not_open' }),
  // Unverified and hidden experts answer as the experts module does: they do not exist here.
  expert_hidden: () => new NotFoundError({ key: 'no_such_expert' }),
  expert_unavailable: () => new ConflictError({ key: 'expert_unavailable' }),
  avoidance: () => new ForbiddenError({ key: 'expert_avoided_own_organization' }),
};

/**
 * Pool rules (issue 13): a frozen profile is hidden as an unverified one is, and an expert at a
 * load cap takes no new invitation nor accepts one (409 naming the cap, in the caller's language).
 */
async function assertWithinPoolRules(expert: ExpertRecord, at: Date = clockNow()) {
  if (freshnessOf(expert.confirmedAt ?? expert.createdAt, at) === 'frozen') {
    throw new NotFoundError({ key: 'no_such_expert' });
  }
  const limit = (await capacityRule(at))(expert);
  if (limit) {
    throw new ConflictError({
      ...capacityMessage(limit, await poolRules()),
      details: [{ path: 'expertId', message: limit }],
    });
  }
}

/**
 * The invitation policy: the shared obstacles first, then the need's conflicts of interest and
 * suspensions, decided by matching's one predicate (`conflictsOf`): a suspended expert is a 409
 * with the end date, an avoided one a 403 saying why.
 */
async function assertInvitable(actor: Actor, need: NeedRecord, expertId: Types.ObjectId) {
  const [expert, pools] = await Promise.all([findExpert(expertId), visiblePools(actor)]);
  if (!expert) throw new NotFoundError({ key: 'no_such_expert' });
  const conflicts = await conflictsOf(need, expert);
  const obstacle = inviteObstacle({
    needStatus: need.status,
    expertVerified: expert.verification.status === 'verified',
    expertAvailability: expert.availability,
    poolVisible: expert.pool !== undefined && pools.includes(expert.pool),
    sameOrganization: conflicts.some((c) => c.kind === 'own_organization'),
  });
  if (obstacle) throw obstacleErrors[obstacle]();
  await assertWithinPoolRules(expert);
  if (conflicts.length === 0) return;
  const messages = conflicts.map((c) => ({ path: `conflicts.${c.kind}`, ...conflictMessage(c) }));
  const details = messages.map(({ path, key, params }) => detail(path, key, params));
  // One conflict is the message; several are counted there and each said in the details.
  const [first] = messages;
  const message =
    first && messages.length === 1
      ? { key: first.key, params: first.params }
      : { key: 'conflicts_several' as const, params: { count: messages.length } };
  if (conflicts.some((c) => c.kind === 'suspended'))
    throw new ConflictError({ ...message, details });
  throw new ForbiddenError({ code: 'avoidance', ...message, details });
}

/** The parties an invitation's events carry (see lib/outbox). */
export function invitationEventData(record: InvitationRecord): InvitationEventData {
  return {
    invitationId: record._id.toString(),
    needId: record.needId.toString(),
    organizationId: record.organizationId.toString(),
    expertId: record.expertId.toString(),
    invitedBy: record.invitedBy.toString(),
  };
}

/**
 * Runs what the invitation's changes left to do (their events' subscribers). A
 * repeated request thus completes a half-done one, and repeats nothing already done.
 */
async function settled(record: InvitationRecord): Promise<InvitationRecord> {
  await dispatchInvitationEvents(record._id);
  return record;
}

/**
 * Invites an expert to an open need of the caller's organization (authorized as `needs:invite`
 * by the caller). The same (need, expert) again answers the existing invitation
 * (`created: false`), also when requests race: the unique index lets one insert win and the
 * others read it. `invitation.created` is recorded with the insert.
 */
export async function createInvitation(
  actor: Actor,
  need: NeedRecord,
  input: CreateInvitationInput,
): Promise<{ invitation: InvitationRecord; created: boolean }> {
  const expertId = new Types.ObjectId(input.expertId);
  const key = { needId: need._id, expertId };
  const existing = await findInvitationOf(key);
  if (existing) return { invitation: await settled(existing), created: false };
  await assertOrganizationNotSuspended(need.organizationId);
  await assertInvitable(actor, need, expertId);
  const by = new Types.ObjectId(actor.id);
  const now = clockNow();
  const _id = new Types.ObjectId();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const fields = { _id, ...key, organizationId: need.organizationId, invitedBy: by };
  const { record, created } = await insertInvitation(key, {
    ...fields,
    message: input.message,
    status: 'pending',
    expiresAt,
    nextReminder: reminderSchedule(now, expiresAt)[0],
    history: [{ status: 'pending', by, at: now }],
    outbox: [
      recordedEvent(
        'invitation.created',
        `invitation.created:${_id.toString()}`,
        invitationEventData(fields as InvitationRecord),
        now,
      ),
    ],
  });
  return { invitation: await settled(record), created };
}

export async function listInvitations(actor: Actor, query: ListInvitationsQuery) {
  const filter = {
    ...partiesScope(actor),
    ...(query.status ? { status: query.status } : {}),
    ...(query.needId ? { needId: new Types.ObjectId(query.needId) } : {}),
  };
  const { records, total } = await findInvitationPage(filter, { createdAt: -1, _id: -1 }, query);
  return { items: await presentMany(records), total, page: query.page, limit: query.limit };
}

const notPending = (current: InvitationRecord) =>
  new ConflictError({ key: 'invitation_not_pending', params: { status: current.status } });

/** The expert's answer, with the response time kept for the expert's statistics. */
async function respond(
  actor: Actor,
  current: InvitationRecord,
  to: 'accepted' | 'declined',
  reason?: string,
): Promise<InvitationRecord> {
  const data = invitationEventData(current);
  if (current.status !== 'pending') throw notPending(current);
  const at = clockNow();
  if (current.expiresAt <= at) throw new ConflictError({ key: 'invitation_expired' });
  const responseHours =
    Math.round(((at.getTime() - current.createdAt.getTime()) / HOUR_MS) * 100) / 100;
  const event =
    to === 'accepted'
      ? recordedEvent(
          'invitation.accepted',
          `invitation.accepted:${data.invitationId}`,
          { ...data, by: actor.id },
          at,
        )
      : recordedEvent(
          'invitation.declined',
          `invitation.declined:${data.invitationId}`,
          { ...data, ...(reason ? { reason } : {}) },
          at,
        );
  const saved = await leavePending(current, to, {
    by: actor.id,
    at,
    reason,
    set: { respondedAt: at, responseHours },
    also: { expiresAt: { $gt: at } },
    events: [event],
  });
  if (!saved) throw new ConflictError({ key: 'invitation_changed' });
  return saved;
}

async function assertNeedNotClosed(needId: Types.ObjectId): Promise<void> {
  if (await isNeedClosed(needId)) throw new ConflictError({ key: 'need_closed' });
}

/**
 * Accepts: pending → accepted with `invitation.accepted` recorded in the same write; its
 * subscribers open the conversation (messaging), start the collaboration and tell the enterprise.
 * A repeated accept by the expert skips the write and completes whatever a crash left undone.
 */
export async function acceptInvitation(
  actor: Actor,
  current: InvitationRecord,
): Promise<{ invitation: InvitationRecord; conversationId: string; collaborationId: string }> {
  let accepted = current;
  if (current.status !== 'accepted') {
    if (current.status === 'pending') {
      await assertNeedNotClosed(current.needId);
      const expert = await findExpert(current.expertId);
      if (expert) await assertWithinPoolRules(expert);
    }
    accepted = await respond(actor, current, 'accepted');
  }
  const invitation = await settled(accepted);
  const invitationId = accepted._id.toString();
  const [conversationId, collaborations] = await Promise.all([
    conversationOfInvitation(accepted._id),
    collaborationsOfInvitations([accepted._id]),
  ]);
  const collaborationId = collaborations.get(invitationId);
  if (!conversationId || !collaborationId)
    throw new Error(`accepted invitation ${invitationId} has no conversation or collaboration`);
  return { invitation, conversationId, collaborationId };
}

export async function declineInvitation(
  actor: Actor,
  current: InvitationRecord,
  reason?: string,
): Promise<InvitationRecord> {
  // Declining again completes a half-done decline and changes nothing else.
  if (current.status === 'declined') return settled(current);
  return settled(await respond(actor, current, 'declined', reason));
}

/**
 * Moves a pending invitation to withdrawn with `invitation.withdrawn` recorded in the same write,
 * then runs its subscribers; null when something moved it first.
 */
async function withdraw(
  current: InvitationRecord,
  move: { by?: string; at: Date; reason?: string; needClosed?: boolean },
): Promise<InvitationRecord | null> {
  const { by, at, reason, needClosed } = move;
  const withdrawn = await leavePending(current, 'withdrawn', {
    by,
    at,
    reason,
    events: [
      recordedEvent(
        'invitation.withdrawn',
        `invitation.withdrawn:${current._id.toString()}`,
        {
          ...invitationEventData(current),
          ...(reason ? { reason } : {}),
          ...(needClosed ? { needClosed } : {}),
        },
        at,
      ),
    ],
  });
  return withdrawn && settled(withdrawn);
}

/** The inviting enterprise takes a pending invitation back. */
export async function withdrawInvitation(
  actor: Actor,
  current: InvitationRecord,
  reason?: string,
): Promise<InvitationRecord> {
  // Withdrawing again completes a half-done withdrawal (its notice) and changes nothing else.
  if (current.status === 'withdrawn') return settled(current);
  if (current.status !== 'pending') throw notPending(current);
  const withdrawn = await withdraw(current, { by: actor.id, at: clockNow(), reason });
  if (!withdrawn) throw new ConflictError({ key: 'invitation_changed' });
  return withdrawn;
}

/**
 * A pending invitation of a need that was closed is withdrawn by the platform, so that it leaves
 * the expert's open list and its draw seat settles (at once, as any withdrawal); the closing notice
 * tells the expert, so the event is marked as closing for its subscribers. Null when something
 * moved it first.
 */
export function withdrawForClosedNeed(
  current: InvitationRecord,
  at: Date,
): Promise<InvitationRecord | null> {
  return withdraw(current, { at, reason: NEED_CLOSED, needClosed: true });
}

/** Expires one pending invitation whose time has come; false when something moved it first. */
export async function expireInvitation(current: InvitationRecord, now: Date): Promise<boolean> {
  const expired = await leavePending(current, 'expired', {
    at: now,
    also: { expiresAt: { $lte: now } },
    events: [
      recordedEvent(
        'invitation.expired',
        `invitation.expired:${current._id.toString()}`,
        invitationEventData(current),
        now,
      ),
    ],
  });
  if (!expired) return false;
  await dispatchInvitationEvents(expired._id);
  return true;
}
