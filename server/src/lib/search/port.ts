/** The engine-neutral search port: the server talks to this, never to an engine directly. */
import type { NeedKind, NeedStatus } from '@qs/shared';

export type Pool = 'qingdao' | 'shenzhen' | 'other';
export type Availability = 'available' | 'limited' | 'unavailable';

/** What the search index keeps of an expert; derived from MongoDB, which stays the truth. */
export interface ExpertDoc {
  id: string;
  name: string;
  title: string;
  organization: string;
  organizationId?: string;
  /** the organization's name as compared for avoidance (organizationNameKey) */
  organizationKey?: string;
  /** former organizations as `key|year left` */
  formerOrganizations?: string[];
  city: string;
  pool: Pool;
  /** taxonomy skill ids */
  skills: string[];
  /** taxonomy sector ids */
  sectors: string[];
  bio: string;
  yearsOfExperience: number;
  availability: Availability;
  verified: boolean;
  /** 0..5 */
  rating: number;
  /** how many ratings the average is of */
  ratingCount: number;
  /** invitations received, of which `responseRate` were answered */
  invitations: number;
  /** 0..1 */
  responseRate: number;
  activeCollaborations: number;
  /** epoch milliseconds */
  updatedAt: number;
  /** epoch milliseconds: when the profile was last confirmed (or created) — frozen after two years */
  confirmedAt: number;
  /** collaborations started in the calendar year `engagementYear` (Beijing time; 0 when none) */
  engagementYear: number;
  engagements: number;
  /** a profile of the demo data (seeded), not a real person: matches rank it after real ones */
  sample: boolean;
}

export const FACET_FIELDS = ['skills', 'sectors', 'pool', 'city', 'availability'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** Every list is any-of; different lists combine with AND. */
export interface SearchFilters {
  skills?: string[];
  sectors?: string[];
  pool?: Pool[];
  city?: string[];
  availability?: Availability[];
  verified?: boolean;
  excludeOrganizationIds?: string[];
  /** leaves out experts whose organization's name key is one of these */
  excludeOrganizationKeys?: string[];
  /** leaves out experts with one of these former organizations (`key|year left`) */
  excludeFormerOrganizations?: string[];
  excludeIds?: string[];
  /**
   * epoch milliseconds: leaves out experts whose `confirmedAt` is earlier (frozen profiles). An
   * engine may let through those confirmed in the calendar month (UTC) before it; callers re-check.
   */
  confirmedSince?: number;
}

export interface PageQuery {
  offset?: number;
  /** 0 returns only total and facets */
  limit?: number;
}

export interface SearchQuery extends PageQuery {
  q?: string;
  /**
   * Instead of `q`: phrases of which a hit needs only one, those matching more ranked first —
   * how matching retrieves the experts with any of a need's skills. Facets are not counted.
   */
  anyOf?: string[];
  filters?: SearchFilters;
  facets?: FacetField[];
  /** each hit carries the indexed document, when the engine has it whole */
  withDocs?: boolean;
}

/** What the search index keeps of a need (a posted need or a catalogued scenario). */
export interface NeedDoc {
  id: string;
  title: string;
  description: string;
  kind: NeedKind;
  /** taxonomy sector id */
  sector: string;
  /** taxonomy skill ids: the required ones and those suggested from the text */
  skills: string[];
  city: string;
  status: NeedStatus;
  organizationId: string;
  /** where a catalogued need was published, e.g. a Shenzhen scenario release */
  release?: string;
  /** epoch milliseconds */
  updatedAt: number;
}

export const NEED_FACET_FIELDS = ['kind', 'sector', 'skills', 'status'] as const;
export type NeedFacetField = (typeof NEED_FACET_FIELDS)[number];

/**
 * Every list is any-of and different lists combine with AND, as for experts. `ids` and
 * `organizationIds` say what an actor may see, so an empty one matches nothing.
 */
export interface NeedFilters {
  kind?: NeedKind[];
  sector?: string[];
  skills?: string[];
  status?: NeedStatus[];
  release?: string[];
  organizationIds?: string[];
  ids?: string[];
  /** open needs, and the needs of these organizations whatever their status */
  openOrOrganizationIds?: string[];
}

export interface NeedSearchQuery extends PageQuery {
  q?: string;
  filters?: NeedFilters;
  facets?: NeedFacetField[];
}

export interface SearchHit {
  id: string;
  /** engine relevance normalised to 0..1; 1 for a query without text */
  score: number;
  /** the query words (as typed) that this hit matched */
  matchedTerms?: string[];
}

/** An expert hit; `doc` when the query asked for documents and the index holds this one whole. */
export interface ExpertHit extends SearchHit {
  doc?: ExpertDoc;
}

export interface SearchResult<F extends string = FacetField, H extends SearchHit = SearchHit> {
  hits: H[];
  total: number;
  /** facet field -> value -> count over the whole filtered result set */
  facets: Partial<Record<F, Record<string, number>>>;
}

export type SearchIndexName = 'experts' | 'needs';

export interface SearchHealth {
  ok: boolean;
  detail?: string;
}

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** whether the indexes outlive the process (Meilisearch) or live in its memory (embedded) */
  readonly persistent: boolean;
  init(): Promise<void>;
  /** insert or replace whole documents by id */
  upsertExperts(docs: ExpertDoc[]): Promise<void>;
  /** unknown ids are ignored */
  deleteExperts(ids: string[]): Promise<void>;
  searchExperts(query: SearchQuery): Promise<SearchResult<FacetField, ExpertHit>>;
  /** insert or replace whole documents by id */
  upsertNeeds(docs: NeedDoc[]): Promise<void>;
  /** unknown ids are ignored */
  deleteNeeds(ids: string[]): Promise<void>;
  searchNeeds(query: NeedSearchQuery): Promise<SearchResult<NeedFacetField>>;
  /** empties one index; it stays usable */
  clear(index: SearchIndexName): Promise<void>;
  count(index: SearchIndexName): Promise<number>;
  health(): Promise<SearchHealth>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 20;
/** Deep paging is not a use case; matching retrieval asks for a few hundred at most. */
export const MAX_WINDOW = 10_000;

export interface Page {
  offset: number;
  limit: number;
}

/** Clamps paging the same way for every engine. */
export function pageOf(query: PageQuery): Page {
  const offset = Math.min(Math.max(0, Math.floor(query.offset ?? 0)), MAX_WINDOW);
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT));
  return { offset, limit: Math.min(limit, MAX_WINDOW - offset) };
}
