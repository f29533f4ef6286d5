/**
 * The in-process search engine (the default when no Meilisearch is configured).
 *
 * Documents get dense integer ids in insertion order. Each analysed term has one posting list
 * of packed `doc * 256 + weightedTf` integers, sorted by construction. Updates and deletes
 * tombstone the old id and append a new one; the index compacts itself once a quarter is dead.
 * Filters walk the most selective value's postings and check the rest per document; text
 * queries score BM25 only over postings of the query terms that pass the filters.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { conceptTerm, indexTerms, isLatinWord, queryTerms, taxonomyLatinWords } from './analyzer';
import type { QueryTerm } from './analyzer';
import { FacetDim } from './facet-dim';
import { LatinVocab } from './latin-vocab';
import type {
  ExpertDoc,
  FacetField,
  Page,
  SearchEngine,
  SearchFilters,
  SearchHealth,
  SearchQuery,
  SearchResult,
} from './port';
import { FACET_FIELDS, pageOf } from './port';
import { PostingArena } from './posting-arena';
import { grow, TopK, type U32List } from './structures';
import { findConcept, type ConceptKind } from './taxonomy';

/** Field weights, added into one term frequency per document (a small BM25F). */
const WEIGHT = {
  name: 6,
  title: 3,
  skill: 8,
  sector: 5,
  label: 2,
  organization: 2,
  city: 2,
  bio: 1,
};
const K1 = 1.2;
/** Low length normalisation: the fields are short and the weights already say what matters. */
const B = 0.3;
const MAX_TF = 255;
const MAX_DOCS = 2 ** 24;
const MAX_QUERY_TERMS = 32;
const TYPO_FACTOR = [1, 0.7, 0.5] as const;
const PREFIX_FACTOR = 0.8;
/** Longest run of indexing between two yields to the event loop. */
const SLICE_MS = 10;
/** Short, repetitive fields (titles, organisations, cities) are analysed once. */
const FIELD_CACHE_LIMIT = 20_000;
const COMPACT_MIN_DEAD = 1000;

interface Alternative {
  list: number;
  factor: number;
}

interface Group {
  surface: string;
  alternatives: Alternative[];
}

interface Candidates {
  /** every live document passes */
  all: boolean;
  /** passing documents carry this stamp in `passStamp` */
  epoch: number;
  list: Uint32Array;
  size: number;
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;

  private terms = new Map<string, number>();
  private postings = new PostingArena();
  private readonly vocab = new LatinVocab();
  private readonly dims = new Map<FacetField, FacetDim>();
  private orgIds = new Map<string, number>();
  private externalIds: string[] = [];
  private internalIds = new Map<string, number>();
  private size = 0;
  private live = 0;
  private totalLength = 0;

  private alive = new Uint8Array(0);
  private docLength = new Uint16Array(0);
  private verified = new Uint8Array(0);
  private organization = new Uint32Array(0);
  private rating = new Float32Array(0);

  /** Per-query scratch, reused; a stamp equal to the current epoch marks "set in this query". */
  private epoch = 0;
  private passStamp = new Uint32Array(0);
  private passList = new Uint32Array(0);
  private accStamp = new Uint32Array(0);
  private acc = new Float32Array(0);
  private matched = new Uint32Array(0);
  private touched = new Uint32Array(0);
  private bestStamp = new Uint32Array(0);
  private best = new Float32Array(0);
  private groupTouched = new Uint32Array(0);

  private readonly labelCache = new Map<string, string[]>();
  private readonly fieldCache = new Map<string, string[]>();
  private readonly tf = new Map<string, number>();

  constructor() {
    this.reset();
  }

  async init(): Promise<void> {}

  async upsertExperts(docs: ExpertDoc[]): Promise<void> {
    let sliceStart = performance.now();
    for (const doc of docs) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      this.upsertOne(doc);
    }
  }

  async deleteExperts(ids: string[]): Promise<void> {
    for (const id of ids) this.remove(id);
    this.compactIfWorthIt();
  }

  async searchExperts(query: SearchQuery): Promise<SearchResult> {
    return this.search(query);
  }

  async clear(): Promise<void> {
    this.reset();
  }

  async count(): Promise<number> {
    return this.live;
  }

  async health(): Promise<SearchHealth> {
    return { ok: true, detail: `${this.live} experts in memory` };
  }

  async close(): Promise<void> {}

  private reset(): void {
    this.terms = new Map();
    this.postings = new PostingArena();
    this.vocab.clear();
    for (const [word, terms] of taxonomyLatinWords()) this.vocab.add(word, terms);
    for (const field of FACET_FIELDS) this.dims.set(field, new FacetDim());
    this.orgIds = new Map();
    this.externalIds = [];
    this.internalIds = new Map();
    this.size = 0;
    this.live = 0;
    this.totalLength = 0;
    this.alive = new Uint8Array(0);
  }

  // ---- writes ----

  private upsertOne(doc: ExpertDoc): void {
    this.remove(doc.id);
    if (this.size >= MAX_DOCS) this.compact();
    const id = this.size++;
    this.ensureCapacity(this.size);
    const length = this.collectTerms(doc);
    for (const [term, weight] of this.tf)
      this.postings.push(this.listFor(term), id * 256 + Math.min(MAX_TF, weight));
    this.alive[id] = 1;
    this.docLength[id] = Math.min(length, 0xffff);
    this.verified[id] = doc.verified ? 1 : 0;
    this.organization[id] = doc.organizationId ? this.orgId(doc.organizationId) : 0;
    this.rating[id] = doc.rating;
    this.dim('skills').set(id, doc.skills);
    this.dim('sectors').set(id, doc.sectors);
    this.dim('pool').set(id, [doc.pool]);
    this.dim('city').set(id, [doc.city]);
    this.dim('availability').set(id, [doc.availability]);
    this.externalIds[id] = doc.id;
    this.internalIds.set(doc.id, id);
    this.live++;
    this.totalLength += this.docLength[id] as number;
  }

  /** Fills `this.tf` with the document's weighted term frequencies; returns its length in terms. */
  private collectTerms(doc: ExpertDoc): number {
    this.tf.clear();
    let length = 0;
    const add = (terms: readonly string[], weight: number): void => {
      for (const term of terms) this.tf.set(term, (this.tf.get(term) ?? 0) + weight);
      length += terms.length;
    };
    add(indexTerms(doc.name), WEIGHT.name);
    add(this.fieldTerms(doc.title), WEIGHT.title);
    add(this.fieldTerms(doc.organization), WEIGHT.organization);
    add(this.fieldTerms(doc.city), WEIGHT.city);
    add(indexTerms(doc.bio), WEIGHT.bio);
    for (const skill of doc.skills) {
      add([conceptTerm('skill', skill)], WEIGHT.skill);
      add(this.labelTerms('skill', skill), WEIGHT.label);
    }
    for (const sector of doc.sectors) {
      add([conceptTerm('sector', sector)], WEIGHT.sector);
      add(this.labelTerms('sector', sector), WEIGHT.label);
    }
    return length;
  }

  /** The words of a skill's or sector's names, so "computing" or "边缘" finds its experts. */
  private labelTerms(kind: ConceptKind, id: string): string[] {
    const key = conceptTerm(kind, id);
    let terms = this.labelCache.get(key);
    if (!terms) {
      const concept = findConcept(kind, id);
      const text = concept ? `${concept.zh} ${concept.en}` : id;
      terms = indexTerms(text).filter((term) => !term.includes(':'));
      this.labelCache.set(key, terms);
    }
    return terms;
  }

  private fieldTerms(text: string): string[] {
    let terms = this.fieldCache.get(text);
    if (!terms) {
      terms = indexTerms(text);
      if (this.fieldCache.size >= FIELD_CACHE_LIMIT) this.fieldCache.clear();
      this.fieldCache.set(text, terms);
    }
    return terms;
  }

  private listFor(term: string): number {
    let list = this.terms.get(term);
    if (list === undefined) {
      list = this.postings.create();
      this.terms.set(term, list);
      if (isLatinWord(term)) this.vocab.add(term, [term]);
    }
    return list;
  }

  private orgId(organizationId: string): number {
    let id = this.orgIds.get(organizationId);
    if (id === undefined) {
      id = this.orgIds.size + 1;
      this.orgIds.set(organizationId, id);
    }
    return id;
  }

  private dim(field: FacetField): FacetDim {
    return this.dims.get(field) as FacetDim;
  }

  private remove(externalId: string): void {
    const id = this.internalIds.get(externalId);
    if (id === undefined) return;
    this.internalIds.delete(externalId);
    this.alive[id] = 0;
    this.live--;
    this.totalLength -= this.docLength[id] as number;
  }

  private ensureCapacity(size: number): void {
    this.alive = grow(this.alive, size, (n) => new Uint8Array(n));
    this.docLength = grow(this.docLength, size, (n) => new Uint16Array(n));
    this.verified = grow(this.verified, size, (n) => new Uint8Array(n));
    this.organization = grow(this.organization, size, (n) => new Uint32Array(n));
    this.rating = grow(this.rating, size, (n) => new Float32Array(n));
    for (const dim of this.dims.values()) dim.ensure(size);
  }

  private compactIfWorthIt(): void {
    const dead = this.size - this.live;
    if (dead >= COMPACT_MIN_DEAD && dead * 4 >= this.size) this.compact();
  }

  /** Drops tombstoned documents and renumbers the rest; order, and so sorted postings, is kept. */
  private compact(): void {
    const map = new Int32Array(this.size).fill(-1);
    let next = 0;
    for (let old = 0; old < this.size; old++) {
      if (!this.alive[old]) continue;
      map[old] = next;
      this.moveColumns(old, next);
      next++;
    }
    this.compactPostings(map);
    for (const dim of this.dims.values()) dim.compact(map);
    this.alive.fill(1, 0, next).fill(0, next);
    this.size = next;
    this.externalIds.length = next;
    this.internalIds = new Map(this.externalIds.map((id, doc) => [id, doc]));
  }

  /** Rewrites postings without dead documents into a fresh arena, dropping emptied terms. */
  private compactPostings(map: Int32Array): void {
    const arena = new PostingArena();
    const terms = new Map<string, number>();
    for (const [term, list] of this.terms) {
      let target = -1;
      this.postings.forEachBlock(list, (page, from, to) => {
        for (let i = from; i < to; i++) {
          const posting = page[i] as number;
          const doc = map[posting >>> 8] as number;
          if (doc < 0) continue;
          if (target < 0) target = arena.create();
          arena.push(target, doc * 256 + (posting & 255));
        }
      });
      if (target >= 0) terms.set(term, target);
    }
    this.postings = arena;
    this.terms = terms;
  }

  private moveColumns(from: number, to: number): void {
    this.docLength[to] = this.docLength[from] as number;
    this.verified[to] = this.verified[from] as number;
    this.organization[to] = this.organization[from] as number;
    this.rating[to] = this.rating[from] as number;
    this.externalIds[to] = this.externalIds[from] as string;
  }

  // ---- reads ----

  private search(query: SearchQuery): SearchResult {
    this.ensureScratch();
    const page = pageOf(query);
    const candidates = this.filter(query.filters ?? {});
    const groups = queryTerms(query.q ?? '')
      .slice(0, MAX_QUERY_TERMS)
      .map((term) => this.resolve(term));
    const facetFields = [...new Set(query.facets ?? [])];
    if (groups.length === 0) return this.browse(candidates, page, facetFields);
    return this.rank(groups, candidates, page, facetFields);
  }

  /** No text: every passing document, best rated first. */
  private browse(candidates: Candidates, page: Page, facetFields: FacetField[]): SearchResult {
    const top = new TopK(page.offset + page.limit, (a, b) => this.byRating(a, b));
    const counts = this.facetCounters(facetFields);
    let total = 0;
    const visit = (doc: number): void => {
      total++;
      top.offer(doc);
      for (const [field, counter] of counts) this.dim(field).countInto(doc, counter);
    };
    if (candidates.all) {
      for (let doc = 0; doc < this.size; doc++) if (this.alive[doc]) visit(doc);
    } else {
      for (let i = 0; i < candidates.size; i++) visit(candidates.list[i] as number);
    }
    const hits = top
      .sorted()
      .slice(page.offset)
      .map((doc) => ({ id: this.externalIds[doc] as string, score: 1 }));
    return { hits, total, facets: this.facetResult(counts) };
  }

  private rank(
    groups: Group[],
    candidates: Candidates,
    page: Page,
    facetFields: FacetField[],
  ): SearchResult {
    const passEpoch = candidates.all ? -1 : candidates.epoch;
    const { touchedCount, maxScore } = this.score(groups, passEpoch);
    const top = new TopK(page.offset + page.limit, (a, b) => this.byScore(a, b));
    const counts = this.facetCounters(facetFields);
    for (let i = 0; i < touchedCount; i++) {
      const doc = this.touched[i] as number;
      top.offer(doc);
      for (const [field, counter] of counts) this.dim(field).countInto(doc, counter);
    }
    const hits = top
      .sorted()
      .slice(page.offset)
      .map((doc) => ({
        id: this.externalIds[doc] as string,
        score: maxScore > 0 ? Math.min(1, (this.acc[doc] as number) / maxScore) : 0,
        matchedTerms: groups
          .filter((_, g) => ((this.matched[doc] as number) >>> g) & 1)
          .map((group) => group.surface),
      }));
    return { hits, total: touchedCount, facets: this.facetResult(counts) };
  }

  /**
   * BM25 over the query terms' postings; a query word's alternatives (typos, prefixes,
   * synonyms) count once, with the best of them. `maxScore` is what a document matching every
   * word at saturation would get, so scores divide into 0..1.
   */
  private score(groups: Group[], passEpoch: number): { touchedCount: number; maxScore: number } {
    const accEpoch = this.nextEpoch();
    const averageLength = this.live > 0 ? this.totalLength / this.live : 1;
    let touchedCount = 0;
    let maxScore = 0;
    groups.forEach((group, g) => {
      const groupEpoch = this.nextEpoch();
      let groupCount = 0;
      let groupMax = 0;
      for (const { list, factor } of group.alternatives) {
        const weight = factor * this.idf(this.postings.length(list));
        groupMax = Math.max(groupMax, weight * (K1 + 1));
        groupCount = this.scorePostings(
          list,
          weight,
          averageLength,
          passEpoch,
          groupEpoch,
          groupCount,
        );
      }
      maxScore += groupMax;
      for (let i = 0; i < groupCount; i++) {
        const doc = this.groupTouched[i] as number;
        if (this.accStamp[doc] !== accEpoch) {
          this.accStamp[doc] = accEpoch;
          this.acc[doc] = 0;
          this.matched[doc] = 0;
          this.touched[touchedCount++] = doc;
        }
        this.acc[doc] = (this.acc[doc] as number) + (this.best[doc] as number);
        this.matched[doc] = (this.matched[doc] as number) | (1 << g);
      }
    });
    return { touchedCount, maxScore };
  }

  /** Keeps each document's best score for the current query word in `best`. */
  private scorePostings(
    list: number,
    weight: number,
    averageLength: number,
    passEpoch: number,
    groupEpoch: number,
    groupCount: number,
  ): number {
    const { alive, passStamp, docLength, bestStamp, best, groupTouched } = this;
    let count = groupCount;
    this.postings.forEachBlock(list, (page, from, to) => {
      for (let i = from; i < to; i++) {
        const posting = page[i] as number;
        const doc = posting >>> 8;
        if (passEpoch < 0 ? !alive[doc] : passStamp[doc] !== passEpoch) continue;
        const tf = posting & 255;
        const norm = 1 - B + (B * (docLength[doc] as number)) / averageLength;
        const value = (weight * tf * (K1 + 1)) / (tf + K1 * norm);
        if (bestStamp[doc] !== groupEpoch) {
          bestStamp[doc] = groupEpoch;
          best[doc] = value;
          groupTouched[count++] = doc;
        } else if (value > (best[doc] as number)) {
          best[doc] = value;
        }
      }
    });
    return count;
  }

  private idf(documentFrequency: number): number {
    const df = Math.min(documentFrequency, this.live);
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** A query word becomes the postings of its term, its typo variants and its completions. */
  private resolve(term: QueryTerm): Group {
    const factors = new Map<string, number>();
    const offer = (terms: readonly string[], factor: number): void => {
      for (const t of terms) factors.set(t, Math.max(factors.get(t) ?? 0, factor));
    };
    offer(term.terms, 1);
    if (term.latin) {
      for (const { terms, distance } of this.vocab.typos(term.surface)) {
        offer(terms, TYPO_FACTOR[distance] ?? 0);
      }
    }
    if (term.prefix) {
      for (const { terms } of this.vocab.completions(term.surface)) offer(terms, PREFIX_FACTOR);
    }
    const alternatives: Alternative[] = [];
    for (const [t, factor] of factors) {
      const list = this.terms.get(t);
      if (list !== undefined && factor > 0) alternatives.push({ list, factor });
    }
    return { surface: term.surface, alternatives };
  }

  /** Marks the documents passing the filters with the current epoch and lists them. */
  private filter(filters: SearchFilters): Candidates {
    const checks = this.dimChecks(filters);
    if (checks === undefined)
      return { all: false, epoch: this.nextEpoch(), list: this.passList, size: 0 };
    const excludedOrgs = new Set(
      (filters.excludeOrganizationIds ?? []).map((id) => this.orgIds.get(id)),
    );
    const excludedDocs = new Set((filters.excludeIds ?? []).map((id) => this.internalIds.get(id)));
    const verified = filters.verified === undefined ? -1 : filters.verified ? 1 : 0;
    if (checks.length === 0 && verified < 0 && excludedOrgs.size === 0 && excludedDocs.size === 0) {
      return { all: true, epoch: 0, list: this.passList, size: 0 };
    }
    checks.sort((a, b) => a.dim.cost(a.allowed) - b.dim.cost(b.allowed));
    const epoch = this.nextEpoch();
    let size = 0;
    const consider = (doc: number): void => {
      if (this.passStamp[doc] === epoch || !this.alive[doc]) return;
      if (verified >= 0 && this.verified[doc] !== verified) return;
      if (excludedOrgs.has(this.organization[doc]) || excludedDocs.has(doc)) return;
      for (let c = 1; c < checks.length; c++) {
        const check = checks[c] as DimCheck;
        if (!check.dim.has(doc, check.allowed)) return;
      }
      this.passStamp[doc] = epoch;
      this.passList[size++] = doc;
    };
    const driver = checks[0];
    if (driver) {
      for (let id = 0; id < driver.allowed.length; id++) {
        if (!driver.allowed[id]) continue;
        const list = driver.dim.postings[id] as U32List;
        for (let i = 0; i < list.length; i++) consider(list.data[i] as number);
      }
    } else {
      for (let doc = 0; doc < this.size; doc++) consider(doc);
    }
    return { all: false, epoch, list: this.passList, size };
  }

  /** One check per filtered facet field; undefined when a field allows no known value. */
  private dimChecks(filters: SearchFilters): DimCheck[] | undefined {
    const checks: DimCheck[] = [];
    for (const field of FACET_FIELDS) {
      const values = filters[field];
      if (!values || values.length === 0) continue;
      const dim = this.dim(field);
      const allowed = dim.allowed(values);
      if (!allowed) return undefined;
      checks.push({ dim, allowed });
    }
    return checks;
  }

  private facetCounters(fields: FacetField[]): Map<FacetField, Uint32Array> {
    return new Map(fields.map((field) => [field, new Uint32Array(this.dim(field).values.length)]));
  }

  private facetResult(counts: Map<FacetField, Uint32Array>): SearchResult['facets'] {
    const facets: SearchResult['facets'] = {};
    for (const [field, counter] of counts) {
      const values = this.dim(field).values;
      const entries: Array<[string, number]> = [];
      counter.forEach((count, id) => {
        if (count > 0) entries.push([values[id] as string, count]);
      });
      entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      facets[field] = Object.fromEntries(entries);
    }
    return facets;
  }

  private byRating(a: number, b: number): boolean {
    const ra = this.rating[a] as number;
    const rb = this.rating[b] as number;
    return ra !== rb ? ra > rb : a < b;
  }

  private byScore(a: number, b: number): boolean {
    const sa = this.acc[a] as number;
    const sb = this.acc[b] as number;
    return sa !== sb ? sa > sb : this.byRating(a, b);
  }

  private nextEpoch(): number {
    if (this.epoch >= 0xfffffff0) {
      this.epoch = 0;
      this.passStamp.fill(0);
      this.accStamp.fill(0);
      this.bestStamp.fill(0);
    }
    return ++this.epoch;
  }

  private ensureScratch(): void {
    const size = this.size;
    if (this.passStamp.length >= size && this.passStamp.length > 0) return;
    const capacity = Math.max(1024, this.alive.length);
    this.passStamp = new Uint32Array(capacity);
    this.passList = new Uint32Array(capacity);
    this.accStamp = new Uint32Array(capacity);
    this.acc = new Float32Array(capacity);
    this.matched = new Uint32Array(capacity);
    this.touched = new Uint32Array(capacity);
    this.bestStamp = new Uint32Array(capacity);
    this.best = new Float32Array(capacity);
    this.groupTouched = new Uint32Array(capacity);
  }
}

interface DimCheck {
  dim: FacetDim;
  allowed: Uint8Array;
}
