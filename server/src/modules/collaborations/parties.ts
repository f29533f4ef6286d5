import { Types } from 'mongoose';
import { isStaff, type Actor, type CollaborationSide, type PartiesView } from '@qs/shared';
import { activeMemberIds, findUserById } from '../auth';
import { expertNamesAndAccounts, expertUserId } from '../experts';
import { needTitles } from '../needs';
import { organizationNames } from '../organizations';

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

/** Each side's accounts. */
export type PartyUsers = Record<CollaborationSide, string[]>;

/** The accounts of the side facing the one who moved. */
export const otherSideOf = (users: PartyUsers, side: CollaborationSide): string[] =>
  users[side === 'enterprise' ? 'expert' : 'enterprise'];

/** The accounts of each side: every active member of the organization, and the expert's own account. */
export async function partyUserIds(parties: Parties): Promise<PartyUsers> {
  const [enterprise, expertUser] = await Promise.all([
    activeMemberIds(parties.organizationId),
    expertUserId(parties.expertId),
  ]);
  // Imported experts may have no account yet.
  return { enterprise, expert: expertUser ? [expertUser] : [] };
}

/** Display names for many records at once: three queries, whatever their number. */
export async function partyNames(list: Parties[]): Promise<(parties: Parties) => PartyNames> {
  const [titles, orgNames, experts] = await Promise.all([
    needTitles(list.map((p) => p.needId)),
    organizationNames(list.map((p) => p.organizationId.toString())),
    expertNamesAndAccounts(list.map((p) => p.expertId)),
  ]);
  return (parties) => {
    const expert = experts.get(parties.expertId.toString());
    return {
      needTitle: titles.get(parties.needId.toString()),
      organizationName: orgNames.get(parties.organizationId.toString()),
      expertName: expert?.name,
      expertUserId: expert?.userId,
    };
  };
}

/** The names and accounts of one record's parties: what notices and live updates need. */
export async function partiesOf(parties: Parties) {
  const [lookup, users] = await Promise.all([partyNames([parties]), partyUserIds(parties)]);
  return { names: lookup(parties), users };
}

/**
 * Where a mail to both sides goes, each naming the other side: the organization's members read
 * the expert's name, the expert the organization's. Accounts removed since are left out.
 */
export async function mailAddressees(
  names: PartyNames,
  users: PartyUsers,
): Promise<{ email: string; otherParty: string }[]> {
  const recipients = [
    ...users.enterprise.map((userId) => ({ userId, otherParty: names.expertName })),
    ...users.expert.map((userId) => ({ userId, otherParty: names.organizationName })),
  ];
  const addressees = [];
  for (const { userId, otherParty } of recipients) {
    const user = await findUserById(userId);
    if (user) addressees.push({ email: user.email, otherParty: otherParty ?? '' });
  }
  return addressees;
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
