import { Types, type QueryFilter } from 'mongoose';
import {
  can,
  isStaff,
  type Actor,
  type CatalogueQuery,
  type CloseNeedInput,
  type NeedClosingDto,
  type NeedStatus,
  type CreateNeedInput,
  type ListNeedsQuery,
  type NeedDto,
  type NeedKind,
  type NeedView,
  type UpdateNeedInput,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { countBy, withinScope, type StatsScope } from '../../lib/count-by';
import { ConflictError, NotFoundError, ValidationError, detail } from '../../lib/errors';
import { findInChunks } from '../../lib/in-chunks';
import { analyze } from '../../lib/search/analyzer';
import { inferSkills } from '../../lib/vocabulary';
import { invitedNeedIds } from '../invitation-store';
import { expertNames, findExperts } from '../experts';
import { organizationNames } from '../organizations';
import { SKIP_OUTBOX } from '../../lib/search-outbox';
import { NeedModel, type NeedRecord } from './need.model';
import { presentClosing, presentNeed } from './needs.presenter';
import { findPage, type PageRequest } from '../../lib/paginate';
import type { NeedFilters, SearchEngine } from '../../lib/search';
import { domainEvents } from '../../lib/events';
import { now as clockNow } from '../../lib/clock';
import { recordedEvent, recordedEvents } from '../../lib/outbox';

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Skills named in the text, by their taxonomy terms or aliases, then those its words point to
 * (the learned vocabulary): what matching uses when none are given.
 */
export async function suggestSkills(title: string, description: string): Promise<string[]> {
  const text = `${title}\n${description}`;
  const named = analyze(text).skillIds;
  const inferred = (await inferSkills(text)).map((skill) => skill.skill);
  return [...new Set([...named, ...inferred])].slice(0, 10);
}

/** Whether the actor sees the need's avoidance lists: its owner and staff. */
const seesAvoidance = (actor: Actor, need: NeedRecord) =>
  isStaff(actor) ||
  (actor.role === 'enterprise' && actor.organizationId === need.organizationId.toString());

async function presentMany(actor: Actor, needs: NeedRecord[]): Promise<NeedDto[]> {
  const shown = needs.filter((need) => seesAvoidance(actor, need));
  const [names, avoidedNames] = await Promise.all([
    organizationNames(needs.map((n) => n.organizationId.toString())),
    expertNames(shown.flatMap((need) => need.avoidExperts ?? [])),
  ]);
  const author = can(actor, 'needs:read-author', undefined);
  return needs.map((need) =>
    presentNeed(need, {
      organizationName: names.get(need.organizationId.toString()),
      author,
      ...(seesAvoidance(actor, need) ? { avoidance: { expertNames: avoidedNames } } : {}),
    }),
  );
}

type AvoidInput = Pick<CreateNeedInput, 'avoidOrganizations' | 'avoidExperts'>;

/**
 * The avoidance lists as stored: organizations named by id must exist (their name is taken from
 * the platform), experts likewise; an unknown one is a 400 naming it.
 */
async function avoidanceFields(input: AvoidInput): Promise<Record<string, unknown>> {
  const fields: Record<string, unknown> = {};
  if (input.avoidOrganizations) {
    const ids = input.avoidOrganizations.flatMap((o) => (o.id ? [o.id] : []));
    const names = await organizationNames(ids);
    const missing = input.avoidOrganizations.findIndex((o) => o.id && !names.has(o.id));
    if (missing >= 0)
      throw new ValidationError({
        key: 'avoid_organization_missing',
        details: [detail(`avoidOrganizations.${missing}.id`, 'no_such_organization')],
      });
    fields.avoidOrganizations = input.avoidOrganizations.map((o) =>
      o.id
        ? { organizationId: new Types.ObjectId(o.id), name: names.get(o.id) ?? o.name }
        : { name: o.name },
    );
  }
  if (input.avoidExperts) {
    const found = new Set((await findExperts(input.avoidExperts)).map((e) => e._id.toString()));
    const missing = input.avoidExperts.findIndex((id) => !found.has(id));
    if (missing >= 0)
      throw new ValidationError({
        key: 'avoid_expert_missing',
        details: [detail(`avoidExperts.${missing}`, 'no_such_expert')],
      });
    fields.avoidExperts = input.avoidExperts.map((id) => new Types.ObjectId(id));
  }
  return fields;
}

/** Needs the expert was invited to. */
async function invitedNeeds(actor: Actor): Promise<Types.ObjectId[]> {
  if (actor.role !== 'expert' || !actor.expertId) return [];
  return invitedNeedIds(actor.expertId);
}

/** One need's record, or null; no access check (for the platform's own use). */
export function findNeed(id: string | Types.ObjectId): Promise<NeedRecord | null> {
  return NeedModel.findById(new Types.ObjectId(id)).lean<NeedRecord>();
}

/** Whether the need exists and is closed. */
export async function isNeedClosed(id: Types.ObjectId): Promise<boolean> {
  return (await NeedModel.exists({ _id: id, status: 'closed' })) !== null;
}

/** Titles of many needs at once, by id. */
export async function needTitles(ids: (string | Types.ObjectId)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.map(String))].map((id) => new Types.ObjectId(id));
  const rows = await NeedModel.find({ _id: { $in: unique } }, { title: 1 }).lean();
  return new Map(rows.map((row) => [row._id.toString(), row.title]));
}

/* Statistics: what the stats module reads of needs. */

/** Needs by kind or by status. */
export function needCountsBy(
  field: 'kind' | 'status',
  scope: StatsScope = {},
): Promise<Record<string, number>> {
  return countBy(NeedModel, field, withinScope(scope, 'sector'));
}

/** The ids of the needs in the scope's city and sector (whenever created). */
export async function needIdsPlaced(
  scope: Pick<StatsScope, 'city' | 'sector'>,
): Promise<Set<string>> {
  const rows = await NeedModel.find(withinScope(scope, 'sector'), { _id: 1 }).lean();
  return new Set(rows.map((row) => row._id.toString()));
}

/** The city of each of the given needs, by id. */
export async function citiesOf(ids: (string | Types.ObjectId)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.map(String))].map((id) => new Types.ObjectId(id));
  const rows = await findInChunks(unique, (chunk) =>
    NeedModel.find({ _id: { $in: chunk } }, { city: 1 }).lean(),
  );
  return new Map(rows.map((row) => [row._id.toString(), row.city]));
}

/** The sector and city of each of the given needs, by id. */
export async function placesOfNeeds(
  ids: (string | Types.ObjectId)[],
): Promise<Map<string, { sector: string; city: string }>> {
  const unique = [...new Set(ids.map(String))].map((id) => new Types.ObjectId(id));
  const rows = await findInChunks(unique, (chunk) =>
    NeedModel.find({ _id: { $in: chunk } }, { sector: 1, city: 1 }).lean(),
  );
  return new Map(rows.map((row) => [row._id.toString(), { sector: row.sector, city: row.city }]));
}

/**
 * The needs created within the scope, with when each was first matched and the catalogue release
 * it was imported from, if any.
 */
export function needsCreatedWithin(
  scope: StatsScope,
): Promise<{ _id: Types.ObjectId; matchedAt?: Date; release?: string }[]> {
  return NeedModel.find(withinScope(scope, 'sector'), { matchedAt: 1, release: 1 }).lean();
}

/** What the statistics' read model keeps of a need. */
export type NeedStatsFact = Pick<
  NeedRecord,
  '_id' | 'city' | 'sector' | 'kind' | 'status' | 'matchedAt' | 'release' | 'createdAt'
>;

/** How many needs there are (from the collection's metadata). */
export function needCount(): Promise<number> {
  return NeedModel.estimatedDocumentCount();
}

/** The given needs (every need without `ids`) as the statistics' read model counts them. */
export function needStatsFacts(ids?: (string | Types.ObjectId)[]): Promise<NeedStatsFact[]> {
  const filter = ids ? { _id: { $in: ids.map((id) => new Types.ObjectId(id)) } } : {};
  return NeedModel.find(filter, {
    city: 1,
    sector: 1,
    kind: 1,
    status: 1,
    matchedAt: 1,
    release: 1,
    createdAt: 1,
  }).lean<NeedStatsFact[]>();
}

/** When each need created within the scope was created. */
export async function needCreationTimes(scope: StatsScope): Promise<Date[]> {
  const rows = await NeedModel.find(withinScope(scope, 'sector'), { createdAt: 1 }).lean();
  return rows.map((row) => row.createdAt);
}

/** Needs whose enterprise named their skills, next to their text: what the skill vocabulary learns from. */
/** How many needs there are and when one last changed: the vocabulary is stale once it moves. */
export async function needsVersion(): Promise<string> {
  const [count, latest] = await Promise.all([
    NeedModel.estimatedDocumentCount(),
    NeedModel.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean(),
  ]);
  return `${count}:${latest?.updatedAt?.getTime() ?? 0}`;
}

export async function* needLearningDocs(): AsyncGenerator<{ text: string; skills: string[] }> {
  const cursor = NeedModel.find(
    { 'requiredSkills.0': { $exists: true } },
    { title: 1, description: 1, requiredSkills: 1 },
  )
    .lean()
    .cursor({ batchSize: 2000 });
  for await (const need of cursor) {
    yield { text: `${need.title}\n${need.description}`, skills: need.requiredSkills };
  }
}

/** The skills each open need asks for (required and suggested). */
export function openNeedSkills(
  scope: StatsScope = {},
): Promise<{ requiredSkills: string[]; suggestedSkills: string[] }[]> {
  return NeedModel.find(
    { ...withinScope(scope, 'sector'), status: 'open' },
    { requiredSkills: 1, suggestedSkills: 1 },
  ).lean();
}

/** `admitsExpert`: whether the need's rules admit the calling expert, asked by the caller that knows. */
export async function needView(
  actor: Actor,
  need: NeedRecord,
  admitsExpert = false,
): Promise<NeedView> {
  const invited =
    actor.role === 'expert' && (await invitedNeeds(actor)).some((id) => id.equals(need._id));
  return {
    organizationId: need.organizationId.toString(),
    status: need.status,
    invited,
    admitsExpert,
  };
}

type NeedAction =
  'needs:read' | 'needs:edit' | 'needs:match' | 'needs:invite' | 'needs:express-interest';

/** One need's record; 404 when there is none. */
export async function findNeedOrFail(id: string): Promise<NeedRecord> {
  const need = await findNeed(id);
  if (!need) throw new NotFoundError({ key: 'no_such_need' });
  return need;
}

/** Checks `action` on a need; one the actor may not read answers 404, so that it does not leak. */
export async function authorizeNeed(
  actor: Actor,
  action: NeedAction,
  need: NeedRecord,
  admitsExpert = false,
): Promise<void> {
  const view = await needView(actor, need, admitsExpert);
  if (!can(actor, 'needs:read', view)) throw new NotFoundError({ key: 'no_such_need' });
  authorize(actor, action, view);
}

/** Posts a need of the actor's organization (authorized as `needs:create` by the caller). */
export async function createNeed(actor: Actor, input: CreateNeedInput): Promise<NeedRecord> {
  const suggestedSkills = input.requiredSkills?.length
    ? []
    : await suggestSkills(input.title, input.description);
  const { avoidOrganizations, avoidExperts, ...fields } = input;
  const avoid = await avoidanceFields({ avoidOrganizations, avoidExperts });
  const created = await NeedModel.create({
    ...fields,
    ...avoid,
    requiredSkills: input.requiredSkills ?? [],
    suggestedSkills,
    ...(input.deadline ? { deadline: new Date(input.deadline) } : {}),
    organizationId: new Types.ObjectId(actor.organizationId),
    createdBy: new Types.ObjectId(actor.id),
    status: 'open',
    source: 'user',
  });
  domainEvents.emit('need.created', { needId: created._id.toString() });
  return created.toObject();
}

export async function presentOne(actor: Actor, need: NeedRecord): Promise<NeedDto> {
  const [dto] = await presentMany(actor, [need]);
  return dto as NeedDto;
}

/** What `actor` may list, for the database and for the search engine. */
interface Visibility {
  filter: QueryFilter<NeedRecord>[];
  engine: NeedFilters;
}

/** Enterprises: their own and open needs; experts: needs they are invited to; staff: all. */
async function visibility(actor: Actor, mine: boolean | undefined): Promise<Visibility> {
  if (actor.role === 'expert') {
    const ids = await invitedNeeds(actor);
    return { filter: [{ _id: { $in: ids } }], engine: { ids: ids.map(String) } };
  }
  if (actor.role === 'enterprise') {
    const ownOrg = actor.organizationId ? new Types.ObjectId(actor.organizationId) : undefined;
    const own = actor.organizationId ? [actor.organizationId] : [];
    return mine
      ? { filter: [{ organizationId: ownOrg }], engine: { organizationIds: own } }
      : {
          filter: [{ $or: [{ organizationId: ownOrg }, { status: 'open' }] }],
          engine: { openOrOrganizationIds: own },
        };
  }
  if (isStaff(actor)) return { filter: [], engine: {} };
  return { filter: [{ _id: { $in: [] } }], engine: { ids: [] } };
}

const textFilter = (q: string): QueryFilter<NeedRecord> => {
  const pattern = new RegExp(escapeRegex(q), 'i');
  return { $or: [{ title: pattern }, { description: pattern }] };
};

/** The query's text goes through the search engine; when it fails, the database answers. */
export async function listNeeds(
  actor: Actor,
  query: ListNeedsQuery,
  search?: SearchEngine,
  onSearchError?: (err: unknown) => void,
) {
  const visible = await visibility(actor, query.mine);
  const and = [...visible.filter];
  if (query.status) and.push({ status: query.status });
  if (query.kind) and.push({ kind: query.kind });
  if (query.sector) and.push({ sector: query.sector });
  const filters: NeedFilters = {
    ...visible.engine,
    ...(query.status ? { status: [query.status] } : {}),
    ...(query.kind ? { kind: [query.kind] } : {}),
    ...(query.sector ? { sector: [query.sector] } : {}),
  };
  return pageOfNeeds({ actor, and, filters, query, search, onSearchError });
}

/** The scenario catalogue (e.g. the Shenzhen releases): scenario needs, readable by every signed-in user. */
export async function listCatalogue(
  actor: Actor,
  query: CatalogueQuery,
  search?: SearchEngine,
  onSearchError?: (err: unknown) => void,
) {
  const and: QueryFilter<NeedRecord>[] = [{ kind: 'scenario' }];
  if (query.status) and.push({ status: query.status });
  if (query.sector) and.push({ sector: query.sector });
  if (query.release) and.push({ release: query.release });
  if (query.skill)
    and.push({ $or: [{ requiredSkills: query.skill }, { suggestedSkills: query.skill }] });
  const filters: NeedFilters = {
    kind: ['scenario'],
    ...(query.status ? { status: [query.status] } : {}),
    ...(query.sector ? { sector: [query.sector] } : {}),
    ...(query.release ? { release: [query.release] } : {}),
    ...(query.skill ? { skills: [query.skill] } : {}),
  };
  return pageOfNeeds({ actor, and, filters, query, search, onSearchError });
}

interface NeedsPageRequest {
  actor: Actor;
  /** what the database path matches, the text aside */
  and: QueryFilter<NeedRecord>[];
  /** the same for the search engine */
  filters: NeedFilters;
  query: PageRequest & { q?: string };
  search: SearchEngine | undefined;
  onSearchError: ((err: unknown) => void) | undefined;
}

const allOf = (conditions: QueryFilter<NeedRecord>[]): QueryFilter<NeedRecord> =>
  conditions.length ? { $and: conditions } : {};

/** One page of needs: ranked by the engine for a text query, else from MongoDB, newest first. */
async function pageOfNeeds(request: NeedsPageRequest) {
  const { actor, and, query, search } = request;
  if (query.q && search) {
    const found = await searchNeeds(request, query.q, search).catch((err: unknown) => {
      request.onSearchError?.(err);
      return undefined;
    });
    if (found) return found;
  }
  const { records: needs, total } = await findPage(
    NeedModel,
    allOf(query.q ? [...and, textFilter(query.q)] : and),
    { createdAt: -1, _id: -1 },
    query,
  );
  return { items: await presentMany(actor, needs), total, page: query.page, limit: query.limit };
}

/**
 * Full text through the search engine, ranked by relevance. Undefined while a need this query
 * could see waits for the indexer: the engine would miss the write, so the database answers.
 */
async function searchNeeds(request: NeedsPageRequest, q: string, search: SearchEngine) {
  const { actor, and, filters, query } = request;
  if (await NeedModel.exists(allOf([...and, { 'search.pending': true }]))) return undefined;
  const result = await search.searchNeeds({
    q,
    filters,
    offset: (query.page - 1) * query.limit,
    limit: query.limit,
  });
  const ids = result.hits.map((hit) => new Types.ObjectId(hit.id));
  // MongoDB re-checks every hit: one changed since it was indexed is left out.
  const records = await NeedModel.find(allOf([...and, { _id: { $in: ids } }])).lean<NeedRecord[]>();
  const byId = new Map(records.map((need) => [need._id.toString(), need]));
  const needs = result.hits
    .map((hit) => byId.get(hit.id))
    .filter((need): need is NeedRecord => need !== undefined);
  return {
    items: await presentMany(actor, needs),
    total: result.total,
    page: query.page,
    limit: query.limit,
  };
}

/** The owner edits while the need is open; skills are suggested again when none are required. */
export async function updateNeed(need: NeedRecord, input: UpdateNeedInput): Promise<NeedRecord> {
  if (need.status !== 'open')
    throw new ConflictError({ key: 'need_not_editable', params: { status: need.status } });
  const { budget, deadline, collaborationMode, avoidOrganizations, avoidExperts, ...rest } = input;
  const merged = { ...need, ...rest };
  const set: Record<string, unknown> = {
    ...rest,
    ...(await avoidanceFields({ avoidOrganizations, avoidExperts })),
    suggestedSkills: merged.requiredSkills.length
      ? []
      : await suggestSkills(merged.title, merged.description),
  };
  const unset: Record<string, 1> = {};
  for (const [key, value] of Object.entries({ budget, deadline, collaborationMode })) {
    if (value === null) unset[key] = 1;
    else if (value !== undefined) set[key] = key === 'deadline' ? new Date(value as string) : value;
  }
  const saved = await NeedModel.findOneAndUpdate(
    { _id: need._id, status: 'open' },
    { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) },
    { returnDocument: 'after' },
  ).lean<NeedRecord>();
  if (!saved) throw new ConflictError({ key: 'need_changed' });
  return saved;
}

/**
 * Closes the need, with `need.closed` recorded in the same write: its subscribers send the closing
 * notice to every invited expert without a collaboration on it, each once.
 */
export async function closeNeed(
  actor: Actor,
  need: NeedRecord,
  input: CloseNeedInput,
): Promise<NeedRecord> {
  if (need.status === 'closed') throw new ConflictError({ key: 'need_already_closed' });
  const at = clockNow();
  const id = need._id.toString();
  const closing = {
    at,
    by: new Types.ObjectId(actor.id),
    ...(input.message ? { message: input.message } : {}),
  };
  const event = recordedEvent(
    'need.closed',
    `need.closed:${id}`,
    {
      needId: id,
      organizationId: need.organizationId.toString(),
      closedBy: actor.id,
      ...(input.message ? { message: input.message } : {}),
    },
    at,
  );
  const saved = await NeedModel.findOneAndUpdate(
    { _id: need._id, status: { $ne: 'closed' } },
    { $set: { status: 'closed', closing }, $push: { outbox: event } },
    { returnDocument: 'after' },
  ).lean<NeedRecord>();
  if (!saved) throw new ConflictError({ key: 'need_already_closed' });
  await recordedEvents.dispatch(NeedModel, saved._id);
  return saved;
}

/** What invitations show of their needs: status, and when and with what message each closed. */
export async function needStates(
  ids: (string | Types.ObjectId)[],
): Promise<Map<string, { status: NeedStatus; closing?: NeedClosingDto }>> {
  const unique = [...new Set(ids.map(String))].map((id) => new Types.ObjectId(id));
  const rows = await NeedModel.find({ _id: { $in: unique } }, { status: 1, closing: 1 }).lean<
    Pick<NeedRecord, '_id' | 'status' | 'closing'>[]
  >();
  return new Map(
    rows.map((row) => [
      row._id.toString(),
      { status: row.status, ...(row.closing ? { closing: presentClosing(row.closing) } : {}) },
    ]),
  );
}

/** Notes the first time experts were matched to the need; no edit: no new update time, no reindex. */
export async function recordMatched(need: NeedRecord): Promise<void> {
  if (need.matchedAt) return;
  const { modifiedCount } = await NeedModel.updateOne(
    { _id: need._id, matchedAt: { $exists: false } },
    { $set: { matchedAt: new Date() } },
    { timestamps: false, [SKIP_OUTBOX]: true } as Record<string, unknown>,
  );
  if (modifiedCount) domainEvents.emit('need.matched', { needId: need._id.toString() });
}

/** What browsing weighs of an open need: its fit to an expert and the rules of who may take part. */
export type OpenNeedCandidate = Pick<
  NeedRecord,
  | '_id'
  | 'organizationId'
  | 'avoidOrganizations'
  | 'avoidExperts'
  | 'requiredSkills'
  | 'suggestedSkills'
  | 'sector'
  | 'createdAt'
>;

/**
 * How many open needs browsing weighs for one expert, at most: the best-fitting (or newest) of
 * those the filters keep. A bound on the work of one request whatever the number of open needs;
 * an expert pages through at most these (50 pages of 20).
 */
export const BROWSE_WINDOW = 1000;

/** How an expert weighs a need: their skills and sectors, and what a skill and the sector count. */
export interface BrowsingExpert {
  skills: string[];
  sectors: string[];
  /** fit = skills × the share of the need's skills the expert has + sector × (sector shared) */
  weights: { skills: number; sector: number };
}

/**
 * Open needs narrowed by kind, sector and words of the title or description, `fitting` keeping
 * those that share a skill (the required ones, or the suggested when none is) or the sector with
 * the expert; by fit and then newest, or newest only; the first `BROWSE_WINDOW`. Scored and cut in
 * the database, and only the fields that weigh them are read: what an expert browses before the
 * rules of each need are asked. The page's needs are then read whole (`needsInOrder`).
 */
export function openNeeds(
  filter: {
    kind?: NeedKind;
    sector?: string;
    q?: string;
    fitting: boolean;
    sort: 'fit' | 'newest';
  },
  expert: BrowsingExpert,
): Promise<OpenNeedCandidate[]> {
  const and: QueryFilter<NeedRecord>[] = [{ status: 'open' }];
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.sector) and.push({ sector: filter.sector });
  if (filter.q) and.push(textFilter(filter.q));
  const size = (array: unknown) => ({ $size: array });
  const fitSkills = {
    $cond: [{ $gt: [size('$requiredSkills'), 0] }, '$requiredSkills', '$suggestedSkills'],
  };
  const coverage = {
    $cond: [{ $gt: [size('$fitSkills'), 0] }, { $divide: ['$matched', size('$fitSkills')] }, 0],
  };
  const fit = {
    $add: [
      { $multiply: [expert.weights.skills, coverage] },
      { $cond: ['$sectorMatch', expert.weights.sector, 0] },
    ],
  };
  const newest = { createdAt: -1, _id: -1 } as const;
  return NeedModel.aggregate<OpenNeedCandidate>([
    { $match: allOf(and) },
    {
      $project: {
        organizationId: 1,
        avoidOrganizations: 1,
        avoidExperts: 1,
        requiredSkills: 1,
        suggestedSkills: 1,
        sector: 1,
        createdAt: 1,
        fitSkills,
      },
    },
    {
      $addFields: {
        matched: size({ $setIntersection: ['$fitSkills', { $literal: expert.skills }] }),
        sectorMatch: { $in: ['$sector', { $literal: expert.sectors }] },
      },
    },
    ...(filter.fitting
      ? [{ $match: { $or: [{ matched: { $gt: 0 } }, { sectorMatch: true }] } }]
      : []),
    ...(filter.sort === 'fit'
      ? [{ $addFields: { fit } }, { $sort: { fit: -1, ...newest } as const }]
      : [{ $sort: newest }]),
    { $limit: BROWSE_WINDOW },
    { $project: { fitSkills: 0, matched: 0, sectorMatch: 0, fit: 0 } },
  ]).exec();
}

/** The needs of `ids` in that order, those that exist. */
export async function needsInOrder(ids: Types.ObjectId[]): Promise<NeedRecord[]> {
  const found = await NeedModel.find({ _id: { $in: ids } }, { outbox: 0, search: 0 }).lean<
    NeedRecord[]
  >();
  const byId = new Map(found.map((need) => [need._id.toString(), need]));
  return ids.flatMap((id) => byId.get(id.toString()) ?? []);
}

/** The needs as `actor` sees them, in the given order. */
export const presentNeeds = (actor: Actor, needs: NeedRecord[]) => presentMany(actor, needs);
