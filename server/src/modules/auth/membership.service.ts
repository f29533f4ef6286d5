import { Types, type QueryFilter } from 'mongoose';
import type {
  Actor,
  ListMembersQuery,
  ListMembershipRequestsQuery,
  MemberDto,
  NotificationType,
  OrgRole,
  OrganizationRef,
} from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { ConflictError, NotFoundError, detail } from '../../lib/errors';
import type { MessageKey } from '../../lib/i18n';
import { domainEvents } from '../../lib/events';
import { findPage } from '../../lib/paginate';
import { notify } from '../notifications';
import {
  findOrCreateOrganization,
  organizationIdsMatching,
  organizationNames,
} from '../organizations';
import { UserModel, type UserRecord } from './user.model';

type MembershipFields = Pick<
  UserRecord,
  'organizationId' | 'membership' | 'orgRole' | 'membershipRequestedAt'
>;

/**
 * The membership an account gets for an organization named at registration (or later, after a
 * rejection): the account that creates the organization owns it; joining an existing one waits
 * for approval. `rollback` removes an organization this call created, should the account fail.
 */
export async function membershipFor(
  ref: OrganizationRef,
): Promise<{ fields: MembershipFields; created: boolean; organizationId: string }> {
  const organization = await findOrCreateOrganization(ref);
  return {
    organizationId: organization.id,
    created: organization.created,
    fields: {
      organizationId: new Types.ObjectId(organization.id),
      membership: organization.created ? 'active' : 'pending',
      orgRole: organization.created ? 'owner' : 'member',
      membershipRequestedAt: new Date(),
    },
  };
}

const activeOwners = (organizationId: Types.ObjectId): QueryFilter<UserRecord> => ({
  organizationId,
  role: 'enterprise',
  membership: 'active',
  orgRole: 'owner',
});

/** Who decides a request: the organization's active owners, else the bureau and admins. */
async function deciders(organizationId: Types.ObjectId): Promise<string[]> {
  const owners = await UserModel.find(activeOwners(organizationId), { _id: 1 }).lean();
  const users = owners.length
    ? owners
    : await UserModel.find({ role: { $in: ['bureau', 'admin'] } }, { _id: 1 }).lean();
  return users.map((user) => user._id.toString());
}

/** Tells whoever decides that an account asks to join; called once per request. */
export async function announceRequest(user: UserRecord): Promise<void> {
  if (!user.organizationId || user.membership !== 'pending') return;
  const names = await organizationNames([user.organizationId.toString()]);
  await notify(await deciders(user.organizationId), {
    type: 'membership.requested',
    key: `membership.requested:${user._id.toString()}:${user.membershipRequestedAt?.getTime() ?? 0}`,
    data: {
      organizationId: user.organizationId.toString(),
      organizationName: names.get(user.organizationId.toString()) ?? '',
      userId: user._id.toString(),
      userName: user.name,
    },
  });
}

function presentMember(user: UserRecord, organizationName?: string): MemberDto {
  return {
    userId: user._id.toString(),
    name: user.name,
    email: user.email,
    organizationId: user.organizationId?.toString() ?? '',
    ...(organizationName ? { organizationName } : {}),
    membership: user.membership ?? 'pending',
    orgRole: user.orgRole ?? 'member',
    requestedAt: (user.membershipRequestedAt ?? user.createdAt).toISOString(),
  };
}

export async function listMembers(organizationId: string, query: ListMembersQuery) {
  const orgId = new Types.ObjectId(organizationId);
  const filter: QueryFilter<UserRecord> = {
    organizationId: orgId,
    role: 'enterprise',
    ...(query.membership ? { membership: query.membership } : {}),
  };
  const { records, total } = await findPage(
    UserModel,
    filter,
    { membership: -1, orgRole: 1, createdAt: 1 },
    query,
  );
  return { items: records.map((user) => presentMember(user)), total };
}

/** Pending requests across organizations; `unowned` keeps those only staff can decide. */
export async function listMembershipRequests(query: ListMembershipRequestsQuery) {
  const filter: QueryFilter<UserRecord> = { role: 'enterprise', membership: 'pending' };
  const among = query.q ? await organizationIdsMatching(query.q) : undefined;
  if (query.scope === 'unowned') {
    const owned = await UserModel.distinct('organizationId', {
      role: 'enterprise',
      membership: 'active',
      orgRole: 'owner',
    });
    const ownedIds = new Set(owned.map((id) => String(id)));
    const candidates = among ?? (await UserModel.distinct('organizationId', filter)).map(String);
    filter.organizationId = {
      $in: candidates.filter((id) => !ownedIds.has(id)).map((id) => new Types.ObjectId(id)),
    };
  } else if (among) {
    filter.organizationId = { $in: among.map((id) => new Types.ObjectId(id)) };
  }
  const { records, total } = await findPage(UserModel, filter, { membershipRequestedAt: 1 }, query);
  const names = await organizationNames(records.map((user) => String(user.organizationId)));
  return {
    items: records.map((user) => presentMember(user, names.get(String(user.organizationId)))),
    total,
  };
}

/** A member of an organization the route has loaded. */
async function loadMember(organizationId: string, userId: string): Promise<UserRecord> {
  const user = await UserModel.findOne({
    _id: new Types.ObjectId(userId),
    organizationId: new Types.ObjectId(organizationId),
    role: 'enterprise',
  }).lean<UserRecord>();
  if (!user) throw new NotFoundError({ key: 'no_such_member' });
  return user;
}

async function activeMember(organizationId: string, userId: string, otherwise: MessageKey) {
  const member = await loadMember(organizationId, userId);
  if (member.membership !== 'active') throw new ConflictError({ key: otherwise });
  return member;
}

interface Decision {
  action: 'approved' | 'rejected' | 'removed' | 'role-changed';
  note?: string;
  data?: Record<string, unknown>;
}

/** Each decision is audited, told to the member, and ends the member's open sockets. */
async function afterDecision(actor: Actor, member: UserRecord, decision: Decision) {
  const organizationId = String(member.organizationId);
  await recordAudit({
    actorId: new Types.ObjectId(actor.id),
    action: `membership.${decision.action}`,
    targetType: 'user',
    targetId: member._id,
    note: decision.note ?? '',
    data: { organizationId, ...decision.data },
  });
  const names = await organizationNames([organizationId]);
  await notify([member._id.toString()], {
    type: `membership.${decision.action}` as NotificationType,
    key: `membership.${decision.action}:${member._id.toString()}:${Date.now()}`,
    data: {
      organizationId,
      organizationName: names.get(organizationId) ?? '',
      ...(decision.data?.orgRole ? { orgRole: String(decision.data.orgRole) } : {}),
    },
  });
  domainEvents.emit('membership.changed', { userId: member._id.toString() });
}

export async function approveMember(
  actor: Actor,
  organizationId: string,
  userId: string,
  note: string,
): Promise<MemberDto> {
  const member = await loadMember(organizationId, userId);
  if (member.membership === 'active') return presentMember(member);
  // The first member the bureau admits to an organization without owners owns it: later
  // requests then go to the organization itself rather than to the bureau.
  const hasOwner = await UserModel.exists(activeOwners(member.organizationId as Types.ObjectId));
  const approved = await UserModel.findOneAndUpdate(
    { _id: member._id, organizationId: member.organizationId, membership: 'pending' },
    { $set: { membership: 'active', orgRole: hasOwner ? 'member' : 'owner' } },
    { returnDocument: 'after' },
  ).lean<UserRecord>();
  // Decided by someone else meanwhile: answer the state it is in.
  if (!approved) return presentMember(await loadMember(organizationId, userId));
  await afterDecision(actor, approved, { action: 'approved', note });
  return presentMember(approved);
}

/** Leaves the account without an organization; it may ask for another one. */
async function detach(member: UserRecord): Promise<void> {
  const detached = await UserModel.findOneAndUpdate(
    {
      _id: member._id,
      organizationId: member.organizationId,
      membership: member.membership,
    },
    { $unset: { organizationId: 1, membership: 1, orgRole: 1, membershipRequestedAt: 1 } },
  ).lean<UserRecord>();
  if (!detached) throw new ConflictError({ key: 'membership_changed' });
}

export async function rejectMember(
  actor: Actor,
  organizationId: string,
  userId: string,
  note: string,
): Promise<MemberDto> {
  const member = await loadMember(organizationId, userId);
  if (member.membership !== 'pending') {
    throw new ConflictError({
      key: 'member_not_pending',
    });
  }
  await detach(member);
  await afterDecision(actor, member, { action: 'rejected', note });
  return presentMember(member);
}

/** An organization keeps at least one owner: the change is undone when it would leave none. */
async function keepAnOwner(
  member: UserRecord,
  change: () => Promise<unknown>,
  undo: () => Promise<unknown>,
): Promise<void> {
  const lastOwner = () =>
    new ConflictError({
      key: 'last_owner',
      details: [detail('orgRole', 'last_owner_detail')],
    });
  const organizationId = member.organizationId as Types.ObjectId;
  const isOwner = member.membership === 'active' && member.orgRole === 'owner';
  if (isOwner && (await UserModel.countDocuments(activeOwners(organizationId))) <= 1)
    throw lastOwner();
  await change();
  // Two owners demoting each other at once both passed the count above.
  if (isOwner && (await UserModel.countDocuments(activeOwners(organizationId))) === 0) {
    await undo();
    throw lastOwner();
  }
}

export async function setMemberRole(
  actor: Actor,
  organizationId: string,
  userId: string,
  orgRole: OrgRole,
): Promise<MemberDto> {
  const member = await activeMember(organizationId, userId, 'member_approve_first');
  if (member.orgRole === orgRole) return presentMember(member);
  const set = (role: OrgRole) =>
    UserModel.updateOne({ _id: member._id, membership: 'active' }, { $set: { orgRole: role } });
  await keepAnOwner(
    member,
    () => set(orgRole),
    () => set(member.orgRole ?? 'member'),
  );
  await afterDecision(actor, member, { action: 'role-changed', data: { orgRole } });
  return presentMember({ ...member, orgRole });
}

export async function removeMember(
  actor: Actor,
  organizationId: string,
  userId: string,
): Promise<MemberDto> {
  const member = await activeMember(organizationId, userId, 'member_pending_not_removed');
  await keepAnOwner(
    member,
    () => detach(member),
    () =>
      UserModel.updateOne(
        { _id: member._id, organizationId: { $exists: false } },
        {
          $set: {
            organizationId: member.organizationId,
            membership: 'active',
            orgRole: 'owner',
            ...(member.membershipRequestedAt
              ? { membershipRequestedAt: member.membershipRequestedAt }
              : {}),
          },
        },
      ),
  );
  await afterDecision(actor, member, { action: 'removed' });
  return presentMember(member);
}

/**
 * Accounts that were members before memberships were recorded keep their access: each becomes an
 * active member, and the earliest account of each organization its owner.
 */
export async function migrateMemberships(): Promise<number> {
  const legacy = await UserModel.find(
    { role: 'enterprise', organizationId: { $exists: true }, membership: { $exists: false } },
    { organizationId: 1, createdAt: 1 },
  )
    .sort({ createdAt: 1 })
    .lean();
  const seen = new Set<string>();
  for (const user of legacy) {
    const org = String(user.organizationId);
    const hasOwner =
      seen.has(org) ||
      (await UserModel.exists(activeOwners(user.organizationId as Types.ObjectId))) !== null;
    seen.add(org);
    await UserModel.updateOne(
      { _id: user._id, membership: { $exists: false } },
      {
        $set: {
          membership: 'active',
          orgRole: hasOwner ? 'member' : 'owner',
          membershipRequestedAt: user.createdAt,
        },
      },
    );
  }
  return legacy.length;
}
