import { Types } from 'mongoose';
import {
  can,
  inviteObstacle,
  type Actor,
  type CollaborationSide,
  type CreateInvitationInput,
  type InvitationDto,
  type InviteObstacle,
  type ListInvitationsQuery,
  type NotificationType,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { ConflictError, ForbiddenError, NotFoundError, type AppError } from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import { now as clockNow } from '../../lib/clock';
import {
  partiesOf,
  partiesScope,
  partiesView,
  presentParties,
  partyNames,
  startCollaboration,
} from '../collaborations';
import { findExpert, visiblePools, worksAt } from '../experts';
import { openConversation } from '../messaging';
import { isNeedClosed, type NeedRecord } from '../needs';
import { notify } from '../notifications';
import { findOrganization } from '../organizations';
import { countInvitation, countResponse } from './expert-stats';
import {
  findInvitation,
  findInvitationOf,
  findInvitationPage,
  insertInvitation,
  leavePending,
  type InvitationRecord,
} from '../invitation-store';
import { presentInvitation } from './invitations.presenter';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

async function presentMany(records: InvitationRecord[]): Promise<InvitationDto[]> {
  const names = await partyNames(records);
  return records.map((record) => presentInvitation(record, names(record)));
}

export async function presentOne(record: InvitationRecord): Promise<InvitationDto> {
  const [dto] = await presentMany([record]);
  return dto as InvitationDto;
}

/** One invitation's record; 404 when there is none. */
export async function loadInvitation(id: string): Promise<InvitationRecord> {
  const record = await findInvitation(id);
  if (!record) throw new NotFoundError({ message: 'No such invitation' });
  return record;
}

/** Checks `action` on an invitation; one the actor may not read answers 404, so that it does not leak. */
export function authorizeInvitation(
  actor: Actor,
  action: 'invitations:read' | 'invitations:respond' | 'invitations:withdraw',
  record: InvitationRecord,
): void {
  const view = partiesView(record);
  if (!can(actor, 'invitations:read', view))
    throw new NotFoundError({ message: 'No such invitation' });
  authorize(actor, action, view);
}

const obstacleErrors: Record<InviteObstacle, () => AppError> = {
  need_not_open: () => new ConflictError({ message: 'The need is not open' }),
  // Unverified and hidden experts answer as the experts module does: they do not exist here.
  expert_hidden: () => new NotFoundError({ message: 'No such expert' }),
  expert_unavailable: () => new ConflictError({ message: 'The expert is not available' }),
  avoidance: () =>
    new ForbiddenError({ message: 'The expert works at your organization and is avoided' }),
};

async function assertInvitable(actor: Actor, need: NeedRecord, expertId: Types.ObjectId) {
  const [expert, pools, organization] = await Promise.all([
    findExpert(expertId),
    visiblePools(actor),
    findOrganization(need.organizationId),
  ]);
  if (!expert) throw new NotFoundError({ message: 'No such expert' });
  const obstacle = inviteObstacle({
    needStatus: need.status,
    expertVerified: expert.verification.status === 'verified',
    expertAvailability: expert.availability,
    poolVisible: expert.pool !== undefined && pools.includes(expert.pool),
    sameOrganization: organization ? worksAt(expert, organization) : false,
  });
  if (obstacle) throw obstacleErrors[obstacle]();
}

/**
 * Tells one side (notification, keyed on the event so a repeat stores nothing new) and, when the
 * notice is new, pushes the invitation live: a new one to the expert, a changed one to both sides.
 * A repeated request thus pushes nothing twice.
 */
async function announce(
  record: InvitationRecord,
  notification: { type: NotificationType; to: CollaborationSide; reason?: string },
): Promise<InvitationDto> {
  const { names, users } = await partiesOf(record);
  const invitation = presentInvitation(record, names);
  const fresh = await notify(users[notification.to], {
    type: notification.type,
    key: `${notification.type}:${record._id.toString()}`,
    data: {
      ...presentParties(record, names),
      invitationId: record._id.toString(),
      ...(notification.reason ? { reason: notification.reason } : {}),
    },
  });
  if (fresh === 0) return invitation;
  if (notification.type === 'invitation.new')
    domainEvents.emit('invitation.created', { invitation, userIds: users.expert });
  else
    domainEvents.emit('invitation.updated', {
      invitation,
      userIds: [...users.enterprise, ...users.expert],
    });
  return invitation;
}

/**
 * Invites an expert to an open need of the caller's organization (authorized as `needs:invite`
 * by the caller). The same (need, expert) again answers the existing invitation
 * (`created: false`), also when requests race: the unique index lets one insert win and the
 * others read it.
 */
export async function createInvitation(
  actor: Actor,
  need: NeedRecord,
  input: CreateInvitationInput,
): Promise<{ invitation: InvitationRecord; created: boolean }> {
  const expertId = new Types.ObjectId(input.expertId);
  const key = { needId: need._id, expertId };
  const existing = await findInvitationOf(key);
  if (existing) return { invitation: await completeCreation(existing), created: false };
  await assertInvitable(actor, need, expertId);
  const by = new Types.ObjectId(actor.id);
  const now = clockNow();
  const { record, created } = await insertInvitation(key, {
    ...key,
    organizationId: need.organizationId,
    invitedBy: by,
    message: input.message,
    status: 'pending',
    expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
    history: [{ status: 'pending', by, at: now }],
  });
  if (!created) return { invitation: await completeCreation(record), created };
  await countInvitation(record);
  await announce(record, { type: 'invitation.new', to: 'expert' });
  return { invitation: record, created };
}

/**
 * The same invitation asked for again: a pending one gets what a crash after its insert may have
 * left undone (the expert's count, the notice), each at most once.
 */
async function completeCreation(record: InvitationRecord): Promise<InvitationRecord> {
  if (record.status !== 'pending') return record;
  await countInvitation(record);
  await announce(record, { type: 'invitation.new', to: 'expert' });
  return record;
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

/** The reason given with the invitation's latest move, if any. */
const lastReason = (record: InvitationRecord): string | undefined => record.history.at(-1)?.reason;

const notPending = (current: InvitationRecord) =>
  new ConflictError({ message: `The invitation is already ${current.status}` });

/** The expert's answer, with the response time kept for the expert's statistics. */
async function respond(
  actor: Actor,
  current: InvitationRecord,
  to: 'accepted' | 'declined',
  reason?: string,
): Promise<InvitationRecord> {
  if (current.status !== 'pending') throw notPending(current);
  const at = clockNow();
  if (current.expiresAt <= at) throw new ConflictError({ message: 'The invitation has expired' });
  const responseHours =
    Math.round(((at.getTime() - current.createdAt.getTime()) / HOUR_MS) * 100) / 100;
  const saved = await leavePending(current, to, {
    by: actor.id,
    at,
    reason,
    set: { respondedAt: at, responseHours },
    also: { expiresAt: { $gt: at } },
  });
  if (!saved) throw new ConflictError({ message: 'The invitation changed meanwhile' });
  await countResponse(saved);
  return saved;
}

async function assertNeedNotClosed(needId: Types.ObjectId): Promise<void> {
  if (await isNeedClosed(needId)) throw new ConflictError({ message: 'The need is closed' });
}

/**
 * Accepts in steps that each stand alone, since there are no transactions: (a) pending → accepted,
 * (b) the conversation and (c) the collaboration, both keyed on the invitation, (d) the notices,
 * keyed on the event. A repeated accept by the expert skips (a) and completes the rest, so a crash
 * between steps is mended by trying again, without duplicates.
 */
export async function acceptInvitation(
  actor: Actor,
  current: InvitationRecord,
): Promise<{ invitation: InvitationRecord; conversationId: string; collaborationId: string }> {
  let accepted = current;
  if (current.status !== 'accepted') {
    if (current.status === 'pending') await assertNeedNotClosed(current.needId);
    accepted = await respond(actor, current, 'accepted');
  } else await countResponse(accepted);
  const conversationId = await openConversation(accepted, actor.id);
  const collaboration = await startCollaboration(accepted, new Types.ObjectId(actor.id));
  await announce(accepted, { type: 'invitation.accepted', to: 'enterprise' });
  return {
    invitation: accepted,
    conversationId: conversationId.toString(),
    collaborationId: collaboration._id.toString(),
  };
}

export async function declineInvitation(
  actor: Actor,
  current: InvitationRecord,
  reason?: string,
): Promise<InvitationRecord> {
  // Declining again completes a half-done decline and changes nothing else.
  if (current.status === 'declined') await countResponse(current);
  const declined =
    current.status === 'declined' ? current : await respond(actor, current, 'declined', reason);
  await announce(declined, {
    type: 'invitation.declined',
    to: 'enterprise',
    reason: lastReason(declined),
  });
  return declined;
}

/** The inviting enterprise takes a pending invitation back. */
export async function withdrawInvitation(
  actor: Actor,
  current: InvitationRecord,
  reason?: string,
): Promise<InvitationRecord> {
  // Withdrawing again completes a half-done withdrawal (its notice) and changes nothing else.
  if (current.status === 'withdrawn') {
    await announce(current, {
      type: 'invitation.withdrawn',
      to: 'expert',
      reason: lastReason(current),
    });
    return current;
  }
  if (current.status !== 'pending') throw notPending(current);
  const withdrawn = await leavePending(current, 'withdrawn', {
    by: actor.id,
    at: clockNow(),
    reason,
  });
  if (!withdrawn) throw new ConflictError({ message: 'The invitation changed meanwhile' });
  await announce(withdrawn, { type: 'invitation.withdrawn', to: 'expert', reason });
  return withdrawn;
}

/** Expires one pending invitation whose time has come; false when something moved it first. */
export async function expireInvitation(current: InvitationRecord, now: Date): Promise<boolean> {
  const expired = await leavePending(current, 'expired', {
    at: now,
    also: { expiresAt: { $lte: now } },
  });
  if (!expired) return false;
  await announce(expired, { type: 'invitation.expired', to: 'enterprise' });
  return true;
}
