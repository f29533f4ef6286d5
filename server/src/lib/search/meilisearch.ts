/**
 * The Meilisearch engine (production, `MEILI_URL`), with an `experts` and a `needs` index.
 * Meilisearch segments Chinese itself (charabia/jieba); the taxonomy reaches both indexes as a
 * custom dictionary (single-word terms stay whole; a multi-word Latin term there would become one
 * token and lose typo tolerance, so those are left to the synonyms), as synonyms (every name and
 * alias of a concept finds the others) and through `skillTerms` and `sectorTerms`, each document's skills and sectors
 * written out in every known form.
 */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import type {
  EnqueuedTaskPromise,
  FederatedMultiSearchParams,
  Hit,
  Index,
  MultiSearchQueryWithFederation,
  RecordAny,
  SearchParams,
  Settings,
  Task,
} from 'meilisearch';
import { STOP_WORDS } from './analyzer';
import type {
  ExpertDoc,
  ExpertHit,
  FacetField,
  NeedDoc,
  NeedFacetField,
  NeedFilters,
  NeedSearchQuery,
  PageQuery,
  SearchEngine,
  SearchFilters,
  SearchHealth,
  SearchHit,
  SearchIndexName,
  SearchQuery,
  SearchResult,
} from './port';
import { FACET_FIELDS, MAX_WINDOW, NEED_FACET_FIELDS, pageOf } from './port';
import { concepts, findConcept, type ConceptKind } from './taxonomy';

/** Each phrase alone ranks below all of them together. */
const ANY_OF_WEIGHT = 0.8;

export interface MeilisearchConfig {
  host: string;
  apiKey?: string;
  /** default `experts` */
  indexUid?: string;
  /** default `needs` */
  needsIndexUid?: string;
  /** how long to wait for one indexing task, default 60 s */
  taskTimeoutMs?: number;
}

interface TaxonomyTerms {
  skillTerms: string[];
  sectorTerms: string[];
}

type MeiliExpert = ExpertDoc & TaxonomyTerms;
type MeiliNeed = NeedDoc & TaxonomyTerms;

const EXPERT_SEARCHABLE = [
  'name',
  'skillTerms',
  'title',
  'sectorTerms',
  'bio',
  'organization',
  'city',
] as const;
const NEED_SEARCHABLE = ['title', 'skillTerms', 'sectorTerms', 'description', 'city'] as const;
const BATCH = 1000;
/** Private-use characters never occur in profiles, so they delimit highlights unambiguously. */
const PRE_TAG = '\ue000';
const POST_TAG = '\ue001';
const HIGHLIGHT = /\ue000([^\ue001]*)\ue001/g;

/** One search against one index, in engine-neutral terms. */
interface IndexSearch<F extends string> extends PageQuery {
  q?: string;
  filter: string[];
  facets: readonly F[];
  searchable: readonly string[];
  /** hits carry the stored document */
  withDocs?: boolean;
}

/** Every field of an indexed expert; `organizationId` alone may be absent. */
const EXPERT_DOC_FIELDS = [
  'id',
  'name',
  'title',
  'organization',
  'organizationId',
  'city',
  'pool',
  'skills',
  'sectors',
  'bio',
  'yearsOfExperience',
  'availability',
  'verified',
  'rating',
  'ratingCount',
  'invitations',
  'responseRate',
  'activeCollaborations',
  'updatedAt',
  'confirmedAt',
  'engagementYear',
  'engagements',
  'sample',
] as const satisfies readonly (keyof ExpertDoc)[];

/**
 * The expert as indexed, or undefined when the stored document lacks a field (indexed before
 * the field existed, until `npm run reindex`): the caller then reads the database instead.
 */
function expertDocOf(hit: object): ExpertDoc | undefined {
  const source = hit as Record<string, unknown>;
  const doc: Record<string, unknown> = {};
  for (const field of EXPERT_DOC_FIELDS) {
    if (source[field] !== undefined) doc[field] = source[field];
    else if (field !== 'organizationId') return undefined;
  }
  return doc as unknown as ExpertDoc;
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly persistent = true;
  private readonly client: Meilisearch;
  private readonly uids: Record<SearchIndexName, string>;
  private readonly experts: Index<MeiliExpert>;
  private readonly needs: Index<MeiliNeed>;
  private readonly taskTimeoutMs: number;

  constructor(config: MeilisearchConfig) {
    this.client = new Meilisearch({ host: config.host, apiKey: config.apiKey });
    this.uids = { experts: config.indexUid ?? 'experts', needs: config.needsIndexUid ?? 'needs' };
    this.experts = this.client.index<MeiliExpert>(this.uids.experts);
    this.needs = this.client.index<MeiliNeed>(this.uids.needs);
    this.taskTimeoutMs = config.taskTimeoutMs ?? 60_000;
  }

  async init(): Promise<void> {
    await this.ensureIndex('experts', expertIndexSettings());
    await this.ensureIndex('needs', needIndexSettings());
  }

  async upsertExperts(docs: ExpertDoc[]): Promise<void> {
    await this.addInBatches(this.experts, docs.map(withTerms));
  }

  async deleteExperts(ids: string[]): Promise<void> {
    await this.deleteInBatches(this.experts, ids);
  }

  async searchExperts(query: SearchQuery): Promise<SearchResult<FacetField, ExpertHit>> {
    if (query.anyOf?.length) return this.searchAnyOf(query, query.anyOf);
    return this.searchIn(this.experts, {
      ...query,
      filter: expertFilterExpression(query.filters ?? {}),
      facets: query.facets ?? [],
      searchable: EXPERT_SEARCHABLE,
    });
  }

  async upsertNeeds(docs: NeedDoc[]): Promise<void> {
    await this.addInBatches(this.needs, docs.map(withTerms));
  }

  async deleteNeeds(ids: string[]): Promise<void> {
    await this.deleteInBatches(this.needs, ids);
  }

  async searchNeeds(query: NeedSearchQuery): Promise<SearchResult<NeedFacetField>> {
    const filters = query.filters ?? {};
    const facets = query.facets ?? [];
    // An empty visibility list allows nothing, while the filter expression drops empty lists.
    if (filters.ids?.length === 0 || filters.organizationIds?.length === 0) {
      return { hits: [], total: 0, facets: toFacets(undefined, facets) };
    }
    return this.searchIn(this.needs, {
      ...query,
      filter: needFilterExpression(filters),
      facets,
      searchable: NEED_SEARCHABLE,
    });
  }

  async clear(index: SearchIndexName): Promise<void> {
    await this.run(this.client.index(this.uids[index]).deleteAllDocuments());
  }

  async count(index: SearchIndexName): Promise<number> {
    return (await this.client.index(this.uids[index]).getStats()).numberOfDocuments;
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.client.health();
      const [experts, needs] = await Promise.all([this.count('experts'), this.count('needs')]);
      return { ok: true, detail: `${experts} experts and ${needs} needs in Meilisearch` };
    } catch (error) {
      return { ok: false, detail: `Meilisearch: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {}

  private async ensureIndex(index: SearchIndexName, settings: Settings): Promise<void> {
    const uid = this.uids[index];
    if (!(await this.indexExists(uid))) {
      await this.run(this.client.createIndex(uid, { primaryKey: 'id' }));
    }
    await this.run(this.client.index(uid).updateSettings(settings));
  }

  private async indexExists(uid: string): Promise<boolean> {
    try {
      await this.client.getIndex(uid);
      return true;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
        return false;
      throw error;
    }
  }

  private async addInBatches<T extends RecordAny>(index: Index<T>, docs: T[]): Promise<void> {
    for (let i = 0; i < docs.length; i += BATCH) {
      await this.run(index.addDocuments(docs.slice(i, i + BATCH), { primaryKey: 'id' }));
    }
  }

  private async deleteInBatches<T extends RecordAny>(
    index: Index<T>,
    ids: string[],
  ): Promise<void> {
    for (let i = 0; i < ids.length; i += BATCH) {
      await this.run(index.deleteDocuments(ids.slice(i, i + BATCH)));
    }
  }

  private async searchIn<T extends { id: string }, F extends string>(
    index: Index<T>,
    search: IndexSearch<F>,
  ): Promise<SearchResult<F, ExpertHit>> {
    const { offset, limit } = pageOf(search);
    const q = search.q?.trim() ?? '';
    // Page-based requests return an exact totalHits; offset/limit only an estimate.
    const aligned = limit > 0 && offset % limit === 0;
    const hitsPerPage = aligned || limit === 0 ? limit : Math.min(offset + limit, MAX_WINDOW);
    const params = {
      filter: search.filter.length > 0 ? search.filter : undefined,
      facets: search.facets.length > 0 ? [...search.facets] : undefined,
      page: aligned ? offset / limit + 1 : 1,
      hitsPerPage,
      showRankingScore: true,
      matchingStrategy: 'frequency',
      locales: ['cmn', 'eng'],
      attributesToRetrieve: search.withDocs ? ['*'] : q ? ['id', ...search.searchable] : ['id'],
      attributesToHighlight: q ? [...search.searchable] : [],
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
    } satisfies SearchParams;
    const response = await index.search(q, params);
    const skip = aligned || limit === 0 ? 0 : offset;
    return {
      hits: response.hits.slice(skip).map((hit) => {
        const found = toSearchHit(hit, q, search.searchable);
        const doc = search.withDocs ? expertDocOf(hit) : undefined;
        return doc ? { ...found, doc } : found;
      }),
      total: response.totalHits,
      facets: toFacets(response.facetDistribution, search.facets),
    };
  }

  /**
   * Meilisearch's matching strategies always keep the query's rarest word, so a hit must hold it.
   * Any-of is a federated search instead: the phrases together (hits with more of them first),
   * then each phrase alone, merged by weighted score with each expert once.
   */
  private async searchAnyOf(
    query: SearchQuery,
    phrases: string[],
  ): Promise<SearchResult<FacetField, ExpertHit>> {
    const { offset, limit } = pageOf(query);
    const filter = expertFilterExpression(query.filters ?? {});
    const common = {
      indexUid: this.uids.experts,
      filter: filter.length > 0 ? filter : undefined,
      matchingStrategy: 'frequency',
      locales: ['cmn', 'eng'],
      attributesToRetrieve: query.withDocs ? [...EXPERT_DOC_FIELDS] : ['id'],
      showRankingScore: true,
    } satisfies Partial<MultiSearchQueryWithFederation>;
    const response = await this.client.multiSearch<FederatedMultiSearchParams, MeiliExpert>({
      federation: { offset, limit },
      queries: [
        { ...common, q: phrases.join(' ') },
        ...phrases.map((q) => ({ ...common, q, federationOptions: { weight: ANY_OF_WEIGHT } })),
      ],
    });
    return {
      hits: response.hits.map((hit) => {
        const doc = query.withDocs ? expertDocOf(hit) : undefined;
        return { id: hit.id, score: hit._rankingScore ?? 0, ...(doc ? { doc } : {}) };
      }),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets: toFacets(undefined, query.facets ?? []),
    };
  }

  /** Waits for an enqueued task; a task that did not succeed becomes an error. */
  private async run(enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: this.taskTimeoutMs });
    if (task.status !== 'succeeded') {
      const reason = task.error ? `${task.error.code}: ${task.error.message}` : 'no error given';
      throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${reason}`);
    }
    return task;
  }
}

/** What both indexes share: the taxonomy as dictionary and synonyms, stop words, typo rules. */
function textSettings(): Settings {
  return {
    synonyms: taxonomySynonyms(),
    dictionary: [
      ...new Set(concepts.flatMap((concept) => concept.terms).filter((term) => !/\s/.test(term))),
    ],
    stopWords: [...STOP_WORDS],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnAttributes: ['city'],
    },
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: MAX_WINDOW },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn', 'eng'] }],
  };
}

export function expertIndexSettings(): Settings {
  return {
    ...textSettings(),
    searchableAttributes: [...EXPERT_SEARCHABLE],
    filterableAttributes: [
      'id',
      'organizationId',
      'verified',
      ...FACET_FIELDS,
      'organizationKey',
      'formerOrganizations',
      'confirmedAt',
    ],
    sortableAttributes: [
      'rating',
      'updatedAt',
      'yearsOfExperience',
      'responseRate',
      'activeCollaborations',
    ],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'rating:desc'],
  };
}

export function needIndexSettings(): Settings {
  return {
    ...textSettings(),
    searchableAttributes: [...NEED_SEARCHABLE],
    filterableAttributes: ['id', 'organizationId', 'release', ...NEED_FACET_FIELDS],
    sortableAttributes: ['updatedAt'],
    // Without a query, the most recently updated needs come first, as in the embedded engine.
    rankingRules: [
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'updatedAt:desc',
    ],
  };
}

/** Each name or alias of a concept is a synonym of all the others. */
export function taxonomySynonyms(): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const concept of concepts) {
    for (const term of concept.terms) {
      const key = term.toLowerCase();
      const others = synonyms.get(key) ?? new Set<string>();
      for (const other of concept.terms) if (other.toLowerCase() !== key) others.add(other);
      synonyms.set(key, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([key, others]) => [key, [...others]]));
}

/** `field IN [...]` for each non-empty list; Meilisearch ANDs the clauses. */
function listClauses(lists: Record<string, readonly string[] | undefined>): string[] {
  return Object.entries(lists)
    .filter((entry): entry is [string, readonly string[]] => (entry[1]?.length ?? 0) > 0)
    .map(([field, values]) => `${field} IN ${list(values)}`);
}

/** Filter clauses for the experts index; every value is quoted and escaped. */
export function expertFilterExpression(filters: SearchFilters): string[] {
  const clauses = listClauses(
    Object.fromEntries(FACET_FIELDS.map((field) => [field, filters[field]])),
  );
  if (filters.verified !== undefined) clauses.push(`verified = ${filters.verified}`);
  if (filters.excludeIds && filters.excludeIds.length > 0)
    clauses.push(`id NOT IN ${list(filters.excludeIds)}`);
  if (filters.excludeOrganizationIds && filters.excludeOrganizationIds.length > 0) {
    clauses.push(`organizationId NOT IN ${list(filters.excludeOrganizationIds)}`);
  }
  if (filters.excludeOrganizationKeys && filters.excludeOrganizationKeys.length > 0)
    clauses.push(`organizationKey NOT IN ${list(filters.excludeOrganizationKeys)}`);
  if (filters.excludeFormerOrganizations && filters.excludeFormerOrganizations.length > 0)
    clauses.push(`formerOrganizations NOT IN ${list(filters.excludeFormerOrganizations)}`);
  // A document indexed before `confirmedAt` existed is re-checked from MongoDB instead.
  if (filters.confirmedSince !== undefined)
    clauses.push(
      `(confirmedAt >= ${Math.floor(filters.confirmedSince)} OR confirmedAt NOT EXISTS)`,
    );
  return clauses;
}

/** Filter clauses for the needs index (empty visibility lists are answered before this). */
export function needFilterExpression(filters: NeedFilters): string[] {
  const { ids, organizationIds, openOrOrganizationIds, ...lists } = filters;
  const clauses = listClauses({ ...lists, id: ids, organizationId: organizationIds });
  if (openOrOrganizationIds) {
    const owned =
      openOrOrganizationIds.length > 0
        ? ` OR organizationId IN ${list(openOrOrganizationIds)}`
        : '';
    clauses.push(`(status = "open"${owned})`);
  }
  return clauses;
}

function list(values: readonly string[]): string {
  return `[${values.map(quote).join(', ')}]`;
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function termsOf(kind: ConceptKind, ids: readonly string[]): string[] {
  return ids.flatMap((id) => findConcept(kind, id)?.terms ?? [id]);
}

/** Experts have sectors, needs one sector; both get their taxonomy written out in full. */
function withTerms<T extends ExpertDoc | NeedDoc>(doc: T): T & TaxonomyTerms {
  const sectors = 'sectors' in doc ? doc.sectors : [doc.sector];
  return {
    ...doc,
    skillTerms: termsOf('skill', doc.skills),
    sectorTerms: termsOf('sector', sectors),
  };
}

function toSearchHit<T extends { id: string }>(
  hit: Hit<T>,
  q: string,
  searchable: readonly string[],
): SearchHit {
  if (!q) return { id: hit.id, score: 1 };
  return { id: hit.id, score: hit._rankingScore ?? 0, matchedTerms: highlighted(hit, searchable) };
}

/** The distinct highlighted words of a hit, lower-cased. */
function highlighted<T>(hit: Hit<T>, searchable: readonly string[]): string[] {
  const formatted = hit._formatted as Record<string, unknown> | undefined;
  const words = new Set<string>();
  for (const field of searchable) {
    const value = formatted?.[field];
    const texts = Array.isArray(value) ? value : [value];
    for (const text of texts) {
      if (typeof text !== 'string') continue;
      for (const [, word] of text.matchAll(HIGHLIGHT)) if (word) words.add(word.toLowerCase());
    }
  }
  return [...words];
}

function toFacets<F extends string>(
  distribution: Record<string, Record<string, number>> | undefined,
  fields: readonly F[],
): SearchResult<F>['facets'] {
  const facets: SearchResult<F>['facets'] = {};
  for (const field of fields) facets[field] = { ...(distribution?.[field] ?? {}) };
  return facets;
}
