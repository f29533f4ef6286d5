import { Types, type QueryFilter } from 'mongoose';
import {
  can,
  capacityLimit,
  citiesInQuery,
  citySpellings,
  resolveSector,
  resolveSkill,
  type Actor,
  type ExpertDto,
  type ExpertProfileInput,
  type ListExpertsQuery,
  type Pool,
  type VerificationDecisionInput,
} from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import type { SearchEngine } from '../../lib/search';
import { authorize } from '../../lib/authorize';
import { ConflictError, NotFoundError, detail } from '../../lib/errors';
import { reviewedProfile } from './review-diff';
import { ExpertModel, type ExpertRecord } from './expert.model';
import { presentExpert, type PresentOptions } from './experts.presenter';
import { acceptedInvitationsOf, visiblePools } from './visibility';
import { findPage } from '../../lib/paginate';
import { domainEvents } from '../../lib/events';
import { now as clockNow } from '../../lib/clock';
import { poolRules } from '../pool-rules';
import { freshnessOfRecord, notFrozen } from './freshness';

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function toObjectId(id: string): Types.ObjectId | undefined {
  return Types.ObjectId.isValid(id) && /^[a-f0-9]{24}$/i.test(id)
    ? new Types.ObjectId(id)
    : undefined;
}

/** The MongoDB filter for what `actor` may list, narrowed by the query. */
async function listFilter(
  actor: Actor,
  query: ListExpertsQuery,
): Promise<QueryFilter<ExpertRecord>> {
  const and: QueryFilter<ExpertRecord>[] = [];
  if (can(actor, 'experts:read-unverified', undefined)) {
    if (query.status) and.push({ 'verification.status': query.status });
    if (query.verified !== undefined) {
      and.push({ 'verification.status': query.verified ? 'verified' : { $ne: 'verified' } });
    }
  } else {
    and.push({ 'verification.status': 'verified' }, notFrozen());
  }
  const allowedPools = await visiblePools(actor);
  const pools: Pool[] = query.pool
    ? query.pool.filter((p) => allowedPools.includes(p))
    : allowedPools;
  if (pools.length < 3 || query.pool) and.push({ pool: { $in: pools } });
  if (query.skills?.length) and.push({ skills: { $in: query.skills } });
  if (query.sectors?.length) and.push({ sectors: { $in: query.sectors } });
  if (query.city?.length) and.push({ city: { $in: query.city } });
  if (query.availability?.length) and.push({ availability: { $in: query.availability } });
  if (query.q) and.push(textFilter(query.q));
  return and.length ? { $and: and } : {};
}

/** Plain-text search until the search engine takes over: names, bio, and taxonomy terms. */
function textFilter(q: string): QueryFilter<ExpertRecord> {
  const words = q
    .split(/[\s,，、;；]+/)
    .filter(Boolean)
    .slice(0, 8);
  return {
    $and: words.map((word) => {
      const pattern = new RegExp(escapeRegex(word), 'i');
      const skill = resolveSkill(word);
      const sector = resolveSector(word);
      return {
        $or: [
          { name: pattern },
          { title: pattern },
          { organization: pattern },
          { bio: pattern },
          ...(skill ? [{ skills: skill }] : []),
          ...(sector ? [{ sectors: sector }] : []),
        ],
      };
    }),
  };
}

const facetFields = ['skills', 'sectors', 'pool', 'city', 'availability'] as const;

async function facetCounts(
  filter: QueryFilter<ExpertRecord>,
): Promise<Record<string, Record<string, number>>> {
  const facets = Object.fromEntries(
    facetFields.map((field) => [
      field,
      [{ $unwind: `$${field}` }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }],
    ]),
  );
  const [result] = await ExpertModel.aggregate<
    Record<string, Array<{ _id: string; count: number }>>
  >([{ $match: filter }, { $facet: facets }]);
  return Object.fromEntries(
    facetFields.map((field) => [
      field,
      Object.fromEntries(
        (result?.[field] ?? []).filter((b) => b._id != null).map((b) => [b._id, b.count]),
      ),
    ]),
  );
}

/**
 * Full text goes through the search engine; when it fails, the database answers instead. Cities
 * the text names (深圳 边缘计算, Qingdao MES) leave the text and join the city filter, in every
 * spelling a record may use, so that the API and the directory's city chip agree.
 */
export async function listExperts(
  actor: Actor,
  query: ListExpertsQuery,
  search?: SearchEngine,
  onSearchError?: (err: unknown) => void,
) {
  const named = query.q ? citiesInQuery(query.q) : undefined;
  if (!named?.cities.length) return listExpertsAsAsked(actor, query, search, onSearchError);
  const city = [...new Set([...(query.city ?? []), ...named.cities.flatMap(citySpellings)])];
  const found = await listExpertsAsAsked(
    actor,
    { ...query, q: named.q || undefined, city },
    search,
    onSearchError,
  );
  return { ...found, cityFromQuery: { cities: named.cities.map((c) => c.zh), q: named.q } };
}

async function listExpertsAsAsked(
  actor: Actor,
  query: ListExpertsQuery,
  search?: SearchEngine,
  onSearchError?: (err: unknown) => void,
) {
  if (query.q && search && !query.status) {
    const found = await searchExperts(actor, query, search).catch((err: unknown) => {
      onSearchError?.(err);
      return undefined;
    });
    if (found) return found;
  }
  const filter = await listFilter(actor, query);
  const [{ records, total }, facets] = await Promise.all([
    findPage(ExpertModel, filter, { 'rating.average': -1, _id: 1 }, query),
    facetCounts(filter),
  ]);
  const items = await presentManyFor(actor, records);
  return { items, total, page: query.page, limit: query.limit, facets };
}

/** Full text through the search engine, with the same visibility rules as the database path. */
async function searchExperts(actor: Actor, query: ListExpertsQuery, search: SearchEngine) {
  const allowedPools = await visiblePools(actor);
  const staff = can(actor, 'experts:read-unverified', undefined);
  const verified = staff ? query.verified : true;
  const result = await search.searchExperts({
    q: query.q,
    filters: {
      pool: query.pool ? query.pool.filter((p) => allowedPools.includes(p)) : allowedPools,
      ...(verified !== undefined ? { verified } : {}),
      ...(query.skills ? { skills: query.skills } : {}),
      ...(query.sectors ? { sectors: query.sectors } : {}),
      ...(query.city ? { city: query.city } : {}),
      ...(query.availability ? { availability: query.availability } : {}),
    },
    facets: [...facetFields],
    offset: (query.page - 1) * query.limit,
    limit: query.limit,
  });
  const ids = result.hits.map((hit) => new Types.ObjectId(hit.id));
  const byId = new Map(
    (await ExpertModel.find({ _id: { $in: ids } }).lean<ExpertRecord[]>()).map((e) => [
      e._id.toString(),
      e,
    ]),
  );
  // The index may briefly lag a write: a hit whose record no longer qualifies is left out.
  const records = result.hits
    .map((hit) => byId.get(hit.id))
    .filter(
      (e): e is ExpertRecord =>
        e !== undefined &&
        (staff || (e.verification.status === 'verified' && freshnessOfRecord(e) !== 'frozen')),
    );
  const items = await presentManyFor(actor, records);
  const facets = Object.fromEntries(
    facetFields.map((field) => [field, result.facets[field] ?? {}]),
  );
  return { items, total: result.total, page: query.page, limit: query.limit, facets };
}

/** The profile with contact and history, for its owner and the bureau; the account for staff. */
export const wholeProfile = (actor: Actor): PresentOptions => ({
  contact: true,
  history: true,
  account: can(actor, 'experts:read-account', undefined),
});

/**
 * The DTOs `actor` may see: contact only under the contact policy, history for staff and owner.
 * The accepted invitations that open contacts are asked for once, for the experts that need them.
 */
export async function presentManyFor(actor: Actor, experts: ExpertRecord[]): Promise<ExpertDto[]> {
  const ownerOf = (expert: ExpertRecord) => expert.userId?.toString();
  const granted = (expert: ExpertRecord, acceptedInvitation: boolean) =>
    can(actor, 'experts:read-contact', { ownerUserId: ownerOf(expert), acceptedInvitation });
  const undecided = experts.filter((expert) => !granted(expert, false)).map((e) => e._id);
  const accepted = undecided.length
    ? await acceptedInvitationsOf(actor, undecided)
    : new Set<string>();
  const staff = can(actor, 'experts:read-unverified', undefined);
  const account = can(actor, 'experts:read-account', undefined);
  const rules = await poolRules();
  const now = clockNow();
  return experts.map((expert) => {
    const atCapacity = capacityLimit(
      {
        activeCollaborations: expert.activeCollaborations,
        engagementYear: expert.engagements?.year ?? 0,
        engagements: expert.engagements?.count ?? 0,
      },
      rules,
      now,
    );
    return {
      ...presentExpert(
        expert,
        {
          contact: granted(expert, false) || granted(expert, accepted.has(expert._id.toString())),
          history: staff || ownerOf(expert) === actor.id,
          account,
        },
        now,
      ),
      ...(atCapacity ? { atCapacity } : {}),
    };
  });
}

/** One expert's record; 404 when there is none. */
export async function findExpertOrFail(id: string): Promise<ExpertRecord> {
  const objectId = toObjectId(id);
  const expert = objectId ? await ExpertModel.findById(objectId).lean<ExpertRecord>() : null;
  if (!expert) throw new NotFoundError({ key: 'no_such_expert' });
  return expert;
}

/** Whether the actor may read the expert; hidden experts answer 404 (their existence does not leak either). */
export async function authorizeExpertRead(actor: Actor, expert: ExpertRecord): Promise<void> {
  const poolVisible = expert.pool ? (await visiblePools(actor)).includes(expert.pool) : false;
  const view = {
    ownerUserId: expert.userId?.toString(),
    verified: expert.verification.status === 'verified',
    poolVisible,
  };
  if (!can(actor, 'experts:read', view)) throw new NotFoundError({ key: 'no_such_expert' });
  // A frozen profile is seen only by its owner and staff until the expert confirms it.
  const owner = view.ownerUserId === actor.id;
  if (
    !owner &&
    !can(actor, 'experts:read-unverified', undefined) &&
    freshnessOfRecord(expert) === 'frozen'
  )
    throw new NotFoundError({ key: 'no_such_expert' });
}

/** The account's own profile, if it has one: whether it may is the authorize step's to say. */
export function findOwnProfile(actor: Actor): Promise<ExpertRecord | null> {
  return ExpertModel.findOne({ userId: new Types.ObjectId(actor.id) }).lean<ExpertRecord>();
}

/** Only an expert account keeps a profile of its own (403); one that has none finds none (404). */
export function authorizeOwnProfile(
  actor: Actor,
  expert: ExpertRecord | null,
): asserts expert is ExpertRecord {
  authorize(actor, 'experts:edit-own', undefined);
  if (!expert) throw new NotFoundError({ key: 'no_own_profile' });
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Saves the expert's own profile. A first submission, or any edit of a rejected profile, asks for
 * verification; a verified profile goes back to pending only when its skills or organization change.
 */
export async function updateOwnProfile(
  actor: Actor,
  current: ExpertRecord,
  input: ExpertProfileInput,
): Promise<ExpertRecord> {
  const status = current.verification.status;
  const resubmit =
    status === 'incomplete' ||
    status === 'rejected' ||
    (status === 'verified' &&
      (!sameList(current.skills, input.skills) ||
        current.organization.trim() !== input.organization.trim()));
  const now = clockNow();
  const update = {
    $set: {
      ...input,
      contact: input.contact,
      // Saving the profile confirms it is current (yearly confirmation).
      confirmedAt: now,
      ...(resubmit
        ? { 'verification.status': 'pending', 'verification.at': now, 'verification.note': '' }
        : {}),
    },
    ...(resubmit
      ? {
          $push: {
            'verification.history': {
              decision: 'submitted',
              by: new Types.ObjectId(actor.id),
              note: '',
              at: now,
            },
          },
        }
      : {}),
  };
  const saved = await ExpertModel.findByIdAndUpdate(current._id, update, {
    returnDocument: 'after',
  })
    .lean<ExpertRecord>()
    .catch((err: { code?: number }) => {
      if (err.code !== 11000) throw err;
      // Whose email it is, or whether it is a profile's at all, is not said.
      throw new ConflictError({
        key: 'contact_email_unusable',
        details: [detail('contact.email', 'cannot_be_used')],
      });
    });
  if (!saved) throw new NotFoundError({ key: 'no_own_profile' });
  return saved;
}

/** The bureau's decision, recorded on the profile and in the audit log. */
/** The bureau's decision on a submitted profile (authorized as `experts:verify` by the caller). */
export async function decideVerification(
  actor: Actor,
  expert: ExpertRecord,
  input: VerificationDecisionInput,
): Promise<ExpertRecord> {
  const from = expert.verification.status;
  if (from === 'incomplete') throw new ConflictError({ key: 'expert_not_submitted' });
  if (from === input.decision)
    throw new ConflictError({
      key: from === 'verified' ? 'expert_already_verified' : 'expert_already_rejected',
    });
  const now = new Date();
  // Conditional on the state read above, so two concurrent decisions cannot both apply.
  const saved = await ExpertModel.findOneAndUpdate(
    { _id: expert._id, 'verification.status': from },
    {
      $set: {
        'verification.status': input.decision,
        'verification.note': input.note,
        'verification.at': now,
        ...(input.decision === 'verified'
          ? { 'verification.verifiedProfile': reviewedProfile(expert) }
          : {}),
      },
      $push: {
        'verification.history': {
          decision: input.decision,
          by: new Types.ObjectId(actor.id),
          note: input.note,
          at: now,
        },
      },
    },
    { returnDocument: 'after' },
  ).lean<ExpertRecord>();
  if (!saved) throw new ConflictError({ key: 'expert_changed' });
  await recordAudit({
    actorId: new Types.ObjectId(actor.id),
    action: `expert.${input.decision}`,
    targetType: 'expert',
    targetId: expert._id,
    note: input.note,
    data: { from },
  });
  domainEvents.emit(`expert.${input.decision}`, { expertId: saved._id.toString() });
  return saved;
}

/**
 * Opens the empty profile of a newly registered expert account. It never takes over an imported
 * profile, nor its contact email: the account proves that email first (`POST /experts/claim`).
 */
export async function openProfileForUser(user: { id: string; name: string }): Promise<string> {
  const created = await ExpertModel.create({
    userId: new Types.ObjectId(user.id),
    name: user.name,
    verification: { status: 'incomplete', history: [] },
    source: 'self',
  });
  return created._id.toString();
}
