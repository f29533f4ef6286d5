/**
 * The in-process search engine (the default when no Meilisearch is configured): one TextIndex
 * for experts and one for needs, each with its own field weights and filter fields.
 */
import type {
  ExpertDoc,
  ExpertHit,
  FacetField,
  NeedDoc,
  NeedFacetField,
  NeedFilters,
  NeedSearchQuery,
  SearchEngine,
  SearchFilters,
  SearchHealth,
  SearchIndexName,
  SearchQuery,
  SearchResult,
} from './port';
import { FACET_FIELDS, pageOf } from './port';
import { TextIndex, type Clause, type IndexFilter, type IndexSpec } from './text-index';

type ExpertKey = 'verified' | 'organizationId' | 'organizationKey';
/** Filtered on only, never counted as a facet. */
type ExpertDim = FacetField | 'formerOrganizations' | 'confirmedMonth';

/** `2024-11`: the calendar month (UTC) of a moment, the bucket `confirmedSince` filters by. */
const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/** Every month from the one `since` falls in to the one of `latest`. */
function monthsSince(since: number, latest: number): string[] {
  const months: string[] = [];
  const at = new Date(since);
  at.setUTCDate(1);
  const last = monthOf(latest);
  for (let month = monthOf(at.getTime()); month <= last; month = monthOf(at.getTime())) {
    months.push(month);
    at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return months;
}
type ExpertField = ExpertDim | ExpertKey;

const EXPERT_SPEC: IndexSpec<ExpertDoc, ExpertDim, ExpertKey> = {
  dims: {
    formerOrganizations: (doc) => doc.formerOrganizations ?? [],
    confirmedMonth: (doc) => [monthOf(doc.confirmedAt)],
    skills: (doc) => doc.skills,
    sectors: (doc) => doc.sectors,
    pool: (doc) => [doc.pool],
    city: (doc) => [doc.city],
    availability: (doc) => [doc.availability],
  },
  keys: {
    verified: (doc) => String(doc.verified),
    organizationId: (doc) => doc.organizationId,
    organizationKey: (doc) => doc.organizationKey || undefined,
  },
  text: (doc, sink) => {
    sink.text(doc.name, 6);
    sink.field(doc.title, 3);
    sink.field(doc.organization, 2);
    sink.field(doc.city, 2);
    sink.text(doc.bio, 1);
    for (const skill of doc.skills) sink.concept('skill', skill, 8, 2);
    for (const sector of doc.sectors) sink.concept('sector', sector, 5, 2);
  },
  rank: (doc) => doc.rating,
  rankColumn: (size) => new Float32Array(size),
  store: true,
};

/** Release and organization are dims too: "this release" and "mine" are selective filters. */
type NeedDim = NeedFacetField | 'release' | 'organizationId';

const NEED_SPEC: IndexSpec<NeedDoc, NeedDim, never> = {
  dims: {
    kind: (doc) => [doc.kind],
    sector: (doc) => [doc.sector],
    skills: (doc) => doc.skills,
    status: (doc) => [doc.status],
    release: (doc) => (doc.release ? [doc.release] : []),
    organizationId: (doc) => [doc.organizationId],
  },
  keys: {},
  text: (doc, sink) => {
    sink.field(doc.title, 6);
    sink.field(doc.city, 2);
    sink.text(doc.description, 1);
    for (const skill of doc.skills) sink.concept('skill', skill, 8, 2);
    sink.concept('sector', doc.sector, 5, 2);
  },
  // Without a query, the most recently updated needs come first.
  rank: (doc) => doc.updatedAt,
  rankColumn: (size) => new Float64Array(size),
};

/** Non-empty lists become single-field clauses; empty ones filter nothing. */
function listClauses<F extends string>(lists: Partial<Record<F, readonly string[]>>): Clause<F>[] {
  return (Object.entries(lists) as Array<[F, readonly string[] | undefined]>)
    .filter(([, values]) => values !== undefined && values.length > 0)
    .map(([field, values]) => ({ [field]: values }) as Clause<F>);
}

/** `latestConfirmed`: the latest `confirmedAt` the index has held, the last month to admit. */
function expertFilter(filters: SearchFilters, latestConfirmed: number): IndexFilter<ExpertField> {
  const {
    verified,
    excludeIds,
    excludeOrganizationIds,
    excludeOrganizationKeys,
    excludeFormerOrganizations,
    confirmedSince,
  } = filters;
  const lists = Object.fromEntries(FACET_FIELDS.map((field) => [field, filters[field]]));
  return {
    where: [
      ...listClauses<ExpertField>(lists),
      ...(verified === undefined ? [] : [{ verified: [String(verified)] }]),
      ...(confirmedSince === undefined
        ? []
        : [{ confirmedMonth: monthsSince(confirmedSince, latestConfirmed) }]),
    ],
    exclude: {
      organizationId: excludeOrganizationIds ?? [],
      organizationKey: excludeOrganizationKeys ?? [],
      formerOrganizations: excludeFormerOrganizations ?? [],
    },
    excludeIds: excludeIds ?? [],
  };
}

function needFilter(filters: NeedFilters): IndexFilter<NeedDim> {
  const { ids, organizationIds, openOrOrganizationIds, ...lists } = filters;
  return {
    where: [
      ...listClauses<NeedDim>(lists),
      ...(organizationIds ? [{ organizationId: organizationIds }] : []),
      ...(openOrOrganizationIds
        ? [{ status: ['open'], organizationId: openOrOrganizationIds }]
        : []),
    ],
    ...(ids ? { ids } : {}),
  };
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  readonly persistent: boolean = false;
  private readonly experts = new TextIndex(EXPERT_SPEC);
  private readonly needs = new TextIndex(NEED_SPEC);
  /** never lowered, so the months `confirmedSince` admits reach every document held */
  private latestConfirmed = 0;

  async init(): Promise<void> {}

  async upsertExperts(docs: ExpertDoc[]): Promise<void> {
    for (const doc of docs) this.latestConfirmed = Math.max(this.latestConfirmed, doc.confirmedAt);
    await this.experts.upsert(docs);
  }

  async deleteExperts(ids: string[]): Promise<void> {
    this.experts.delete(ids);
  }

  async searchExperts(query: SearchQuery): Promise<SearchResult<FacetField, ExpertHit>> {
    return this.experts.search({
      // Its text relevance already ranks any-of matches by how many terms they hold.
      q: query.anyOf ? query.anyOf.join(' ') : query.q,
      filter: expertFilter(query.filters ?? {}, this.latestConfirmed),
      facets: query.facets ?? [],
      page: pageOf(query),
      withDocs: query.withDocs ?? false,
    });
  }

  async upsertNeeds(docs: NeedDoc[]): Promise<void> {
    await this.needs.upsert(docs);
  }

  async deleteNeeds(ids: string[]): Promise<void> {
    this.needs.delete(ids);
  }

  async searchNeeds(query: NeedSearchQuery): Promise<SearchResult<NeedFacetField>> {
    return this.needs.search({
      q: query.q,
      filter: needFilter(query.filters ?? {}),
      facets: query.facets ?? [],
      page: pageOf(query),
    });
  }

  async clear(index: SearchIndexName): Promise<void> {
    this.index(index).clear();
  }

  async count(index: SearchIndexName): Promise<number> {
    return this.index(index).count;
  }

  async health(): Promise<SearchHealth> {
    return {
      ok: true,
      detail: `${this.experts.count} experts and ${this.needs.count} needs in memory`,
    };
  }

  async close(): Promise<void> {}

  private index(name: SearchIndexName): { clear(): void; readonly count: number } {
    return name === 'experts' ? this.experts : this.needs;
  }
}
