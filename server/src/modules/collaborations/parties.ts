import { Types } from 'mongoose';
import { isStaff, type Actor, type PartiesView } from '@qs/shared';
import { UserModel } from '../auth';
import { ExpertModel } from '../experts';
import { NeedModel } from '../needs';
import { OrganizationModel } from '../organizations';

/** The two sides of an invitation or a collaboration, and the need that joins them. */
export interface Parties {
  needId: Types.ObjectId;
  organizationId: Types.ObjectId;
  expertId: Types.ObjectId;
}

export interface PartyNames {
  needTitle?: string;
  organizationName?: string;
  expertName?: string;
  /** Never shown: tells the expert's moves from the enterprise's. */
  expertUserId?: string;
}

/** The accounts of each side: every active member of the organization, and the expert's own account. */
export async function partyUserIds(
  parties: Parties,
): Promise<{ enterprise: string[]; expert: string[] }> {
  const [users, expert] = await Promise.all([
    UserModel.find(
      { organizationId: parties.organizationId, role: 'enterprise', membership: 'active' },
      { _id: 1 },
    ).lean(),
    ExpertModel.findById(parties.expertId, { userId: 1 }).lean(),
  ]);
  return {
    enterprise: users.map((user) => user._id.toString()),
    // Imported experts may have no account yet.
    expert: expert?.userId ? [expert.userId.toString()] : [],
  };
}

const unique = (ids: Types.ObjectId[]) => [
  ...new Map(ids.map((id) => [id.toString(), id])).values(),
];

/** Display names for many records at once: three queries, whatever their number. */
export async function partyNames(list: Parties[]): Promise<(parties: Parties) => PartyNames> {
  const [needs, organizations, experts] = await Promise.all([
    NeedModel.find({ _id: { $in: unique(list.map((p) => p.needId)) } }, { title: 1 }).lean(),
    OrganizationModel.find(
      { _id: { $in: unique(list.map((p) => p.organizationId)) } },
      { name: 1 },
    ).lean(),
    ExpertModel.find(
      { _id: { $in: unique(list.map((p) => p.expertId)) } },
      { name: 1, userId: 1 },
    ).lean(),
  ]);
  const titles = new Map(needs.map((n) => [n._id.toString(), n.title]));
  const orgNames = new Map(organizations.map((o) => [o._id.toString(), o.name]));
  const expertsById = new Map(experts.map((e) => [e._id.toString(), e]));
  return (parties) => {
    const expert = expertsById.get(parties.expertId.toString());
    return {
      needTitle: titles.get(parties.needId.toString()),
      organizationName: orgNames.get(parties.organizationId.toString()),
      expertName: expert?.name,
      expertUserId: expert?.userId?.toString(),
    };
  };
}

/** The names and accounts of one record's parties: what notices and live updates need. */
export async function partiesOf(parties: Parties) {
  const [lookup, users] = await Promise.all([partyNames([parties]), partyUserIds(parties)]);
  return { names: lookup(parties), users };
}

/** The parties' ids and names as every DTO and notification shows them. */
export function presentParties(parties: Parties, names: PartyNames = {}) {
  return {
    needId: parties.needId.toString(),
    ...(names.needTitle ? { needTitle: names.needTitle } : {}),
    organizationId: parties.organizationId.toString(),
    ...(names.organizationName ? { organizationName: names.organizationName } : {}),
    expertId: parties.expertId.toString(),
    ...(names.expertName ? { expertName: names.expertName } : {}),
  };
}

/** What the caller may list: the records of its own side; staff see all. */
export function partiesScope(actor: Actor): Record<string, unknown> {
  if (isStaff(actor)) return {};
  if (actor.role === 'enterprise' && actor.organizationId)
    return { organizationId: new Types.ObjectId(actor.organizationId) };
  if (actor.role === 'expert' && actor.expertId)
    return { expertId: new Types.ObjectId(actor.expertId) };
  return { _id: { $in: [] } };
}

/** The parties as the shared policies see them. */
export function partiesView(parties: Parties): PartiesView {
  return {
    organizationId: parties.organizationId.toString(),
    expertId: parties.expertId.toString(),
  };
}
