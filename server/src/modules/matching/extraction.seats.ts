import { Types } from 'mongoose';
import type { Actor, DrawMemberState, DrawReason } from '@qs/shared';
import { now as clockNow } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { activeMemberIds } from '../auth';
import { findExperts } from '../experts';
import { createInvitation } from '../invitations';
import { findNeed, type NeedRecord } from '../needs';
import { notify } from '../notifications';
import { emptySeats, nextReserve } from './draw-seats';
import { eligibilityFor } from './eligibility';
import {
  ExtractionModel,
  type DrawMember,
  type DrawTrailEntry,
  type ExtractionRecord,
} from './extraction.model';
import { drawExclusion, membersOf, pushExtraction } from './extraction.service';

/*
 * Filling a draw's seats without a person: each step reads the draw, decides one move, and writes
 * it conditional on the draw's `version`, so that of two processes moving at once one applies and
 * the other reads again. Inviting is idempotent (one invitation per need and expert), so a step
 * repeated after a crash converges on the same state: the subscribers calling this may run twice.
 */

type Final = 'accepted' | 'declined' | 'expired' | 'withdrawn';

const seated = (m: DrawMember) => ({
  expertId: m.expertId.toString(),
  role: m.role,
  state: m.state,
  ...(m.replaces ? { replaces: m.replaces.toString() } : {}),
});

const versionOf = (record: ExtractionRecord) =>
  record.version === undefined ? { version: { $exists: false } } : { version: record.version };

/** Writes the draw's new members (and trail) if nobody moved it since it was read. */
async function save(
  record: ExtractionRecord,
  members: DrawMember[],
  trail: DrawTrailEntry[],
  set: Record<string, unknown> = {},
): Promise<boolean> {
  const result = await ExtractionModel.updateOne(
    { _id: record._id, ...versionOf(record) },
    {
      $set: { members, version: (record.version ?? 0) + 1, ...set },
      $push: { trail: { $each: trail } },
    },
  );
  return result.modifiedCount === 1;
}

const withMember = (members: DrawMember[], expertId: Types.ObjectId, change: Partial<DrawMember>) =>
  members.map((m) => (m.expertId.equals(expertId) ? { ...m, ...change } : m));

/** The draw invites as its operator: the enterprise user for their organization, or the bureau. */
function operatorOf(record: ExtractionRecord, need: NeedRecord): Actor {
  const role = record.operatorRole ?? 'enterprise';
  return {
    id: record.requestedBy.toString(),
    role,
    ...(role === 'enterprise' ? { organizationId: need.organizationId.toString() } : {}),
  };
}

const stateOf: Record<string, DrawMemberState> = {
  pending: 'invited',
  accepted: 'accepted',
  declined: 'declined',
  expired: 'expired',
  withdrawn: 'withdrawn',
};

/** Invites one member (again after a crash: the same invitation answers) and records the outcome. */
async function invite(record: ExtractionRecord, need: NeedRecord, member: DrawMember, at: Date) {
  const members = membersOf(record);
  try {
    const { invitation } = await createInvitation(operatorOf(record, need), need, {
      expertId: member.expertId.toString(),
      message: `经公开随机抽取，诚邀您参与需求“${need.title}”的专家服务。`,
      expiresInDays: record.expiresInDays ?? 7,
    });
    const state = stateOf[invitation.status] ?? 'invited';
    const reason = state === 'invited' || state === 'accepted' ? undefined : (state as DrawReason);
    const entry: DrawTrailEntry = reason
      ? { at, kind: 'ended', expertId: member.expertId, reason, invitationId: invitation._id }
      : { at, kind: 'invited', expertId: member.expertId, invitationId: invitation._id };
    return save(
      record,
      withMember(members, member.expertId, {
        state,
        invitationId: invitation._id,
        ...(reason ? { reason } : {}),
      }),
      [entry],
    );
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const reason: DrawReason = need.status === 'open' ? 'not_invitable' : 'need_closed';
    return save(record, withMember(members, member.expertId, { state: 'skipped', reason }), [
      { at, kind: 'skipped', expertId: member.expertId, reason },
    ]);
  }
}

/** Tells the organization (and a staff operator) that the reserves ran out, once per top-up round. */
async function tellExhausted(
  record: ExtractionRecord,
  need: NeedRecord,
  round: number,
  open: number,
) {
  const members = await activeMemberIds(need.organizationId);
  const staff = record.operatorRole && record.operatorRole !== 'enterprise';
  await notify(staff ? [...members, record.requestedBy.toString()] : members, {
    type: 'extraction.exhausted',
    key: `extraction.exhausted:${record._id.toString()}:${round}`,
    data: {
      needId: need._id.toString(),
      needTitle: need.title,
      extractionId: record._id.toString(),
      openSeats: open,
    },
  });
}

/** One move towards full seats; false when there is nothing left to do. */
async function step(record: ExtractionRecord, need: NeedRecord): Promise<boolean> {
  const at = clockNow();
  const members = membersOf(record);
  const inviting = members.find((m) => m.state === 'inviting');
  if (inviting) {
    await invite(record, need, inviting, at);
    return true;
  }
  if (need.status !== 'open') return false;
  const empty = emptySeats(members.map(seated));
  const [seat] = empty;
  if (!seat) return false;
  const next = nextReserve(members.map(seated));
  if (!next) {
    const round = (record.topUps?.length ?? 0) + 1;
    if ((record.exhaustedNotices ?? 0) >= round) return false;
    await tellExhausted(record, need, round, empty.length);
    await save(record, members, [{ at, kind: 'exhausted', count: empty.length }], {
      exhaustedNotices: round,
    });
    return true;
  }
  const expertId = new Types.ObjectId(next.expertId);
  const [expert] = await findExperts([expertId]);
  const excluded = expert
    ? drawExclusion(await eligibilityFor(need, record.pools), [])(expert)
    : 'excluded';
  if (excluded) {
    const reason = excluded === 'drawn_before' ? 'excluded' : excluded;
    await save(record, withMember(members, expertId, { state: 'skipped', reason }), [
      { at, kind: 'skipped', expertId, reason },
    ]);
    return true;
  }
  const replaced = members.find((m) => m.expertId.toString() === seat.expertId);
  const replacedExpertId = new Types.ObjectId(seat.expertId);
  await save(
    record,
    withMember(members, expertId, { state: 'inviting', replaces: replacedExpertId }),
    [
      {
        at,
        kind: 'replaced',
        expertId,
        replacedExpertId,
        ...(replaced?.reason ? { reason: replaced.reason } : {}),
      },
    ],
  );
  return true;
}

/** Each member moves at most twice per seat and each notice once: the bound only guards a bug. */
const MAX_STEPS = 500;

/** Fills the draw's empty seats from its reserves, in order, as far as they go; pushes the result. */
export async function fillSeats(extractionId: string): Promise<void> {
  const id = new Types.ObjectId(extractionId);
  for (let i = 0; i < MAX_STEPS; i++) {
    const record = await ExtractionModel.findById(id).lean<ExtractionRecord>();
    if (!record?.invite) return;
    const need = await findNeed(record.needId);
    if (!need || !(await step(record, need))) break;
  }
  const filled = await ExtractionModel.findById(id).lean<ExtractionRecord>();
  if (filled) await pushExtraction(filled);
}

/**
 * An invitation of a draw became final: its member leaves the seat (recorded with why), and the
 * next reserve is called. Found by need and expert, so that it also applies when the invitation
 * is answered before the draw recorded it.
 */
export async function invitationEnded(
  data: { needId: string; expertId: string; invitationId: string },
  status: Final,
): Promise<void> {
  const expertId = new Types.ObjectId(data.expertId);
  const invitationId = new Types.ObjectId(data.invitationId);
  const draws = await ExtractionModel.find(
    { needId: new Types.ObjectId(data.needId), invite: true, 'members.expertId': expertId },
    { _id: 1 },
  ).lean();
  for (const { _id } of draws) {
    for (let i = 0; i < MAX_STEPS; i++) {
      const record = await ExtractionModel.findById(_id).lean<ExtractionRecord>();
      const member = record && membersOf(record).find((m) => m.expertId.equals(expertId));
      if (!record || !member || (member.state !== 'inviting' && member.state !== 'invited')) break;
      const reason = status === 'accepted' ? undefined : status;
      const saved = await save(
        record,
        withMember(membersOf(record), expertId, {
          state: status,
          invitationId,
          ...(reason ? { reason } : {}),
        }),
        reason ? [{ at: clockNow(), kind: 'ended', expertId, reason, invitationId }] : [],
      );
      if (saved) break;
    }
    await fillSeats(_id.toString());
  }
}
