/** The engine-neutral search port: the server talks to this, never to an engine directly. */

export type Pool = 'qingdao' | 'shenzhen' | 'other';
export type Availability = 'available' | 'limited' | 'unavailable';

/** What the search index keeps of an expert; derived from MongoDB, which stays the truth. */
export interface ExpertDoc {
  id: string;
  name: string;
  title: string;
  organization: string;
  organizationId?: string;
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
  /** 0..1 */
  responseRate: number;
  activeCollaborations: number;
  /** epoch milliseconds */
  updatedAt: number;
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
  excludeIds?: string[];
}

export interface SearchQuery {
  q?: string;
  filters?: SearchFilters;
  facets?: FacetField[];
  offset?: number;
  /** 0 returns only total and facets */
  limit?: number;
}

export interface SearchHit {
  id: string;
  /** engine relevance normalised to 0..1; 1 for a query without text */
  score: number;
  /** the query words (as typed) that this hit matched */
  matchedTerms?: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** facet field -> value -> count over the whole filtered result set */
  facets: Partial<Record<FacetField, Record<string, number>>>;
}

export interface SearchHealth {
  ok: boolean;
  detail?: string;
}

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  init(): Promise<void>;
  /** insert or replace whole documents by id */
  upsertExperts(docs: ExpertDoc[]): Promise<void>;
  /** unknown ids are ignored */
  deleteExperts(ids: string[]): Promise<void>;
  searchExperts(query: SearchQuery): Promise<SearchResult>;
  clear(): Promise<void>;
  count(): Promise<number>;
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
export function pageOf(query: SearchQuery): Page {
  const offset = Math.min(Math.max(0, Math.floor(query.offset ?? 0)), MAX_WINDOW);
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT));
  return { offset, limit: Math.min(limit, MAX_WINDOW - offset) };
}
