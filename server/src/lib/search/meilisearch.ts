/**
 * The Meilisearch engine (production, `MEILI_URL`). Meilisearch segments Chinese itself
 * (charabia/jieba); the taxonomy reaches it as a custom dictionary (terms stay whole), as
 * synonyms (every name and alias of a concept finds the others) and through `skillTerms`
 * and `sectorTerms`, each expert's skills and sectors written out in every known form.
 */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import type { EnqueuedTaskPromise, Hit, Index, SearchParams, Settings, Task } from 'meilisearch';
import { STOP_WORDS } from './analyzer';
import type {
  ExpertDoc,
  SearchEngine,
  SearchFilters,
  SearchHealth,
  SearchHit,
  SearchQuery,
  SearchResult,
} from './port';
import { FACET_FIELDS, MAX_WINDOW, pageOf } from './port';
import { concepts, findConcept, type ConceptKind } from './taxonomy';

export interface MeilisearchConfig {
  host: string;
  apiKey?: string;
  /** default `experts` */
  indexUid?: string;
  /** how long to wait for one indexing task, default 60 s */
  taskTimeoutMs?: number;
}

interface MeiliExpert extends ExpertDoc {
  skillTerms: string[];
  sectorTerms: string[];
}

const SEARCHABLE = [
  'name',
  'skillTerms',
  'title',
  'sectorTerms',
  'bio',
  'organization',
  'city',
] as const;
const BATCH = 1000;
/** Private-use characters never occur in profiles, so they delimit highlights unambiguously. */
const PRE_TAG = '\ue000';
const POST_TAG = '\ue001';
const HIGHLIGHT = /\ue000([^\ue001]*)\ue001/g;

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliExpert>;
  private readonly indexUid: string;
  private readonly taskTimeoutMs: number;

  constructor(config: MeilisearchConfig) {
    this.client = new Meilisearch({ host: config.host, apiKey: config.apiKey });
    this.indexUid = config.indexUid ?? 'experts';
    this.index = this.client.index<MeiliExpert>(this.indexUid);
    this.taskTimeoutMs = config.taskTimeoutMs ?? 60_000;
  }

  async init(): Promise<void> {
    if (!(await this.indexExists())) {
      await this.run(this.client.createIndex(this.indexUid, { primaryKey: 'id' }));
    }
    await this.run(this.index.updateSettings(expertIndexSettings()));
  }

  async upsertExperts(docs: ExpertDoc[]): Promise<void> {
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH).map(toMeiliExpert);
      await this.run(this.index.addDocuments(batch, { primaryKey: 'id' }));
    }
  }

  async deleteExperts(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += BATCH) {
      await this.run(this.index.deleteDocuments(ids.slice(i, i + BATCH)));
    }
  }

  async searchExperts(query: SearchQuery): Promise<SearchResult> {
    const { offset, limit } = pageOf(query);
    const q = query.q?.trim() ?? '';
    // Page-based requests return an exact totalHits; offset/limit only an estimate.
    const aligned = limit > 0 && offset % limit === 0;
    const hitsPerPage = aligned || limit === 0 ? limit : Math.min(offset + limit, MAX_WINDOW);
    const page = aligned ? offset / limit + 1 : 1;
    const filter = filterExpression(query.filters ?? {});
    const params = {
      filter: filter.length > 0 ? filter : undefined,
      facets: query.facets && query.facets.length > 0 ? [...query.facets] : undefined,
      page,
      hitsPerPage,
      showRankingScore: true,
      matchingStrategy: 'frequency',
      locales: ['cmn', 'eng'],
      attributesToRetrieve: q ? ['id', ...SEARCHABLE] : ['id'],
      attributesToHighlight: q ? [...SEARCHABLE] : [],
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
    } satisfies SearchParams;
    const response = await this.index.search(q, params);
    const skip = aligned || limit === 0 ? 0 : offset;
    return {
      hits: response.hits.slice(skip).map((hit) => toSearchHit(hit, q !== '')),
      total: response.totalHits,
      facets: toFacets(response.facetDistribution, query.facets ?? []),
    };
  }

  async clear(): Promise<void> {
    await this.run(this.index.deleteAllDocuments());
  }

  async count(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.client.health();
      const stats = await this.index.getStats();
      return { ok: true, detail: `${stats.numberOfDocuments} experts in Meilisearch` };
    } catch (error) {
      return { ok: false, detail: `Meilisearch: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {}

  private async indexExists(): Promise<boolean> {
    try {
      await this.client.getIndex(this.indexUid);
      return true;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
        return false;
      throw error;
    }
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

export function expertIndexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE],
    filterableAttributes: ['id', 'organizationId', 'verified', ...FACET_FIELDS],
    sortableAttributes: [
      'rating',
      'updatedAt',
      'yearsOfExperience',
      'responseRate',
      'activeCollaborations',
    ],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'rating:desc'],
    synonyms: taxonomySynonyms(),
    dictionary: [...new Set(concepts.flatMap((concept) => concept.terms))],
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

/** Filter clauses, ANDed by Meilisearch; every value is quoted and escaped. */
export function filterExpression(filters: SearchFilters): string[] {
  const clauses: string[] = [];
  for (const field of FACET_FIELDS) {
    const values = filters[field];
    if (values && values.length > 0) clauses.push(`${field} IN ${list(values)}`);
  }
  if (filters.verified !== undefined) clauses.push(`verified = ${filters.verified}`);
  if (filters.excludeIds && filters.excludeIds.length > 0)
    clauses.push(`id NOT IN ${list(filters.excludeIds)}`);
  if (filters.excludeOrganizationIds && filters.excludeOrganizationIds.length > 0) {
    clauses.push(`organizationId NOT IN ${list(filters.excludeOrganizationIds)}`);
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

function toMeiliExpert(doc: ExpertDoc): MeiliExpert {
  return {
    ...doc,
    skillTerms: termsOf('skill', doc.skills),
    sectorTerms: termsOf('sector', doc.sectors),
  };
}

function toSearchHit(hit: Hit<MeiliExpert>, withText: boolean): SearchHit {
  const score = withText ? (hit._rankingScore ?? 0) : 1;
  return withText ? { id: hit.id, score, matchedTerms: highlighted(hit) } : { id: hit.id, score };
}

/** The distinct highlighted words of a hit, lower-cased. */
function highlighted(hit: Hit<MeiliExpert>): string[] {
  const words = new Set<string>();
  for (const field of SEARCHABLE) {
    const value: unknown = hit._formatted?.[field];
    const texts = Array.isArray(value) ? value : [value];
    for (const text of texts) {
      if (typeof text !== 'string') continue;
      for (const [, word] of text.matchAll(HIGHLIGHT)) if (word) words.add(word.toLowerCase());
    }
  }
  return [...words];
}

function toFacets(
  distribution: Record<string, Record<string, number>> | undefined,
  fields: readonly string[],
): SearchResult['facets'] {
  const facets: SearchResult['facets'] = {};
  for (const field of FACET_FIELDS) {
    if (fields.includes(field)) facets[field] = { ...(distribution?.[field] ?? {}) };
  }
  return facets;
}
