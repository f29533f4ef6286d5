/**
 * One in-memory index of one kind of document; the embedded engine keeps one for experts and
 * one for needs, each described by an `IndexSpec` (text with field weights, filter fields).
 *
 * Documents get dense integer ids in insertion order. Each analysed term has one posting list
 * of packed `doc * 256 + weightedTf` integers, sorted by construction. Updates and deletes
 * tombstone the old id and append a new one; the index compacts itself once a quarter is dead.
 * Filters walk the most selective clause's postings and check the rest per document; text
 * queries score BM25 only over postings of the query terms that pass the filters.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { conceptTerm, indexTerms, isLatinWord, queryTerms, taxonomyLatinWords } from './analyzer';
import type { QueryTerm } from './analyzer';
import { FacetDim } from './facet-dim';
import {
  anyPasses,
  clauseCheck,
  plan,
  type Check,
  type ClauseCheck,
  type FilterField,
} from './filter-plan';
import { KeyColumn } from './key-column';
import { LatinVocab } from './latin-vocab';
import type { Page, SearchHit, SearchResult } from './port';
import { PostingArena } from './posting-arena';
import { grow, TopK } from './structures';
import { findConcept, type ConceptKind } from './taxonomy';

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

/** Where a spec writes a document's text; weights add into one term frequency (a small BM25F). */
export interface TextSink {
  /** long or unique text (names, bios, descriptions), analysed every time */
  text(text: string, weight: number): void;
  /** short, repetitive text (titles, organisations, cities), analysed once */
  field(text: string, weight: number): void;
  /** a taxonomy concept: its token, and the words of its names at `labelWeight` */
  concept(kind: ConceptKind, id: string, weight: number, labelWeight: number): void;
}

/** How one kind of document is indexed. */
export interface IndexSpec<TDoc extends { id: string }, TDim extends string, TKey extends string> {
  /** multi-valued fields to filter on and count; their postings can drive a filter */
  dims: { readonly [D in TDim]: (doc: TDoc) => readonly string[] };
  /** single-valued fields only filtered on, kept in one compact column each */
  keys: { readonly [K in TKey]: (doc: TDoc) => string | undefined };
  text(doc: TDoc, sink: TextSink): void;
  /** the order without a query, highest first; ties keep insertion order */
  rank(doc: TDoc): number;
  /** Float32 holds a rating; epoch milliseconds need Float64 */
  rankColumn(size: number): Float32Array | Float64Array;
  /** keep each document whole, so that hits can carry it (what matching scores from) */
  store?: boolean;
}

/** Field → accepted values: a document passes when it has one of them in any listed field. */
export type Clause<F extends string> = Partial<Record<F, readonly string[]>>;

export interface IndexFilter<F extends string> {
  /** every clause must pass; a clause without a known value lets nothing pass */
  where?: Clause<F>[];
  /** documents with any of these values are left out */
  exclude?: Clause<F>;
  /** when given, only these documents */
  ids?: readonly string[];
  excludeIds?: readonly string[];
}

export interface IndexQuery<TDim extends string, F extends string> {
  q?: string;
  filter: IndexFilter<F>;
  facets: readonly TDim[];
  page: Page;
  /** hits carry their stored document (with `store` in the spec) */
  withDocs?: boolean;
}

export type IndexHit<TDoc> = SearchHit & { doc?: TDoc };

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

const labelCache = new Map<string, string[]>();

/** The words of a skill's or sector's names, so "computing" or "边缘" finds its documents. */
function labelTerms(kind: ConceptKind, id: string): string[] {
  const key = conceptTerm(kind, id);
  let terms = labelCache.get(key);
  if (!terms) {
    const concept = findConcept(kind, id);
    const text = concept ? `${concept.zh} ${concept.en}` : id;
    terms = indexTerms(text).filter((term) => !term.includes(':'));
    labelCache.set(key, terms);
  }
  return terms;
}

/** Collects one document's weighted term frequencies; reused from document to document. */
class TermCollector implements TextSink {
  readonly tf = new Map<string, number>();
  length = 0;
  private readonly fieldCache = new Map<string, string[]>();

  reset(): void {
    this.tf.clear();
    this.length = 0;
  }

  text(text: string, weight: number): void {
    this.add(indexTerms(text), weight);
  }

  field(text: string, weight: number): void {
    let terms = this.fieldCache.get(text);
    if (!terms) {
      terms = indexTerms(text);
      if (this.fieldCache.size >= FIELD_CACHE_LIMIT) this.fieldCache.clear();
      this.fieldCache.set(text, terms);
    }
    this.add(terms, weight);
  }

  concept(kind: ConceptKind, id: string, weight: number, labelWeight: number): void {
    this.addOne(conceptTerm(kind, id), weight);
    this.add(labelTerms(kind, id), labelWeight);
  }

  private add(terms: readonly string[], weight: number): void {
    for (const term of terms) this.addOne(term, weight);
  }

  private addOne(term: string, weight: number): void {
    this.tf.set(term, (this.tf.get(term) ?? 0) + weight);
    this.length++;
  }
}

export class TextIndex<TDoc extends { id: string }, TDim extends string, TKey extends string> {
  private terms = new Map<string, number>();
  private postings = new PostingArena();
  private readonly vocab = new LatinVocab();
  private readonly dims = new Map<TDim, FacetDim>();
  private readonly keys = new Map<TKey, KeyColumn>();
  private externalIds: string[] = [];
  private docs: (TDoc | undefined)[] = [];
  private internalIds = new Map<string, number>();
  private size = 0;
  private live = 0;
  private totalLength = 0;

  private alive = new Uint8Array(0);
  private docLength = new Uint16Array(0);
  private rankOf: Float32Array | Float64Array;

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

  private readonly collector = new TermCollector();

  constructor(private readonly spec: IndexSpec<TDoc, TDim, TKey>) {
    this.rankOf = spec.rankColumn(0);
    this.clear();
  }

  get count(): number {
    return this.live;
  }

  async upsert(docs: readonly TDoc[]): Promise<void> {
    let sliceStart = performance.now();
    for (const doc of docs) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      this.upsertOne(doc);
    }
  }

  delete(ids: readonly string[]): void {
    for (const id of ids) this.remove(id);
    this.compactIfWorthIt();
  }

  clear(): void {
    this.terms = new Map();
    this.postings = new PostingArena();
    this.vocab.clear();
    for (const [word, terms] of taxonomyLatinWords()) this.vocab.add(word, terms);
    for (const dim of Object.keys(this.spec.dims) as TDim[]) this.dims.set(dim, new FacetDim());
    for (const key of Object.keys(this.spec.keys) as TKey[]) this.keys.set(key, new KeyColumn());
    this.externalIds = [];
    this.docs = [];
    this.internalIds = new Map();
    this.size = 0;
    this.live = 0;
    this.totalLength = 0;
    this.alive = new Uint8Array(0);
  }

  search(query: IndexQuery<TDim, TDim | TKey>): SearchResult<TDim, IndexHit<TDoc>> {
    this.ensureScratch();
    const candidates = this.filter(query.filter);
    const groups = queryTerms(query.q ?? '')
      .slice(0, MAX_QUERY_TERMS)
      .map((term) => this.resolve(term));
    const facetFields = [...new Set(query.facets)];
    const result =
      groups.length === 0
        ? this.browse(candidates, query.page, facetFields)
        : this.rank(groups, candidates, query.page, facetFields);
    if (!query.withDocs || !this.spec.store) return result;
    return { ...result, hits: result.hits.map((hit) => this.withDoc(hit)) };
  }

  private withDoc(hit: SearchHit): IndexHit<TDoc> {
    const id = this.internalIds.get(hit.id);
    const doc = id === undefined ? undefined : this.docs[id];
    return doc ? { ...hit, doc } : hit;
  }

  // ---- writes ----

  private upsertOne(doc: TDoc): void {
    this.remove(doc.id);
    if (this.size >= MAX_DOCS) this.compact();
    const id = this.size++;
    this.ensureCapacity(this.size);
    this.collector.reset();
    this.spec.text(doc, this.collector);
    for (const [term, weight] of this.collector.tf)
      this.postings.push(this.listFor(term), id * 256 + Math.min(MAX_TF, weight));
    this.alive[id] = 1;
    this.docLength[id] = Math.min(this.collector.length, 0xffff);
    this.rankOf[id] = this.spec.rank(doc);
    for (const [name, dim] of this.dims) dim.set(id, this.spec.dims[name](doc));
    for (const [name, key] of this.keys) key.set(id, this.spec.keys[name](doc));
    this.externalIds[id] = doc.id;
    if (this.spec.store) this.docs[id] = doc;
    this.internalIds.set(doc.id, id);
    this.live++;
    this.totalLength += this.docLength[id] as number;
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

  private remove(externalId: string): void {
    const id = this.internalIds.get(externalId);
    if (id === undefined) return;
    this.internalIds.delete(externalId);
    this.docs[id] = undefined;
    this.alive[id] = 0;
    this.live--;
    this.totalLength -= this.docLength[id] as number;
  }

  private ensureCapacity(size: number): void {
    this.alive = grow(this.alive, size, (n) => new Uint8Array(n));
    this.docLength = grow(this.docLength, size, (n) => new Uint16Array(n));
    this.rankOf = grow(this.rankOf, size, (n) => this.spec.rankColumn(n));
    for (const dim of this.dims.values()) dim.ensure(size);
    for (const key of this.keys.values()) key.ensure(size);
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
      this.docLength[next] = this.docLength[old] as number;
      this.rankOf[next] = this.rankOf[old] as number;
      this.externalIds[next] = this.externalIds[old] as string;
      if (this.spec.store) this.docs[next] = this.docs[old];
      next++;
    }
    this.compactPostings(map);
    for (const dim of this.dims.values()) dim.compact(map);
    for (const key of this.keys.values()) key.compact(map);
    this.alive.fill(1, 0, next).fill(0, next);
    this.size = next;
    this.externalIds.length = next;
    this.docs.length = Math.min(this.docs.length, next);
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

  // ---- reads ----

  /** No text: every passing document, best ranked first. */
  private browse(candidates: Candidates, page: Page, facetFields: TDim[]): SearchResult<TDim> {
    const top = new TopK(page.offset + page.limit, (a, b) => this.byRank(a, b));
    const counts = this.facetCounters(facetFields);
    let total = 0;
    const visit = (doc: number): void => {
      total++;
      top.offer(doc);
      for (const [dim, counter] of counts) dim.countInto(doc, counter);
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
    return { hits, total, facets: this.facetResult(facetFields, counts) };
  }

  private rank(
    groups: Group[],
    candidates: Candidates,
    page: Page,
    facetFields: TDim[],
  ): SearchResult<TDim> {
    const passEpoch = candidates.all ? -1 : candidates.epoch;
    const { touchedCount, maxScore } = this.score(groups, passEpoch);
    const top = new TopK(page.offset + page.limit, (a, b) => this.byScore(a, b));
    const counts = this.facetCounters(facetFields);
    for (let i = 0; i < touchedCount; i++) {
      const doc = this.touched[i] as number;
      top.offer(doc);
      for (const [dim, counter] of counts) dim.countInto(doc, counter);
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
    return { hits, total: touchedCount, facets: this.facetResult(facetFields, counts) };
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

  /** Marks the documents passing the filter with the current epoch and lists them. */
  private filter(filter: IndexFilter<TDim | TKey>): Candidates {
    const clauses = this.clauseChecks(filter.where ?? []);
    if (clauses === undefined) return this.none();
    const only = filter.ids && this.liveDocs(filter.ids);
    const excluded = this.checks(filter.exclude ?? {});
    const excludedDocs = new Set(this.liveDocs(filter.excludeIds ?? []));
    if (!only && clauses.length === 0 && excluded.length === 0 && excludedDocs.size === 0) {
      return { all: true, epoch: 0, list: this.passList, size: 0 };
    }
    const { walk, rest } = plan(clauses, only !== undefined);
    const epoch = this.nextEpoch();
    let size = 0;
    const consider = (doc: number): void => {
      if (this.passStamp[doc] === epoch || !this.alive[doc] || excludedDocs.has(doc)) return;
      if (!rest.passes(doc)) return;
      if (excluded.length > 0 && anyPasses(doc, excluded)) return;
      this.passStamp[doc] = epoch;
      this.passList[size++] = doc;
    };
    if (only) only.forEach(consider);
    else if (walk) walk(consider);
    else for (let doc = 0; doc < this.size; doc++) consider(doc);
    return { all: false, epoch, list: this.passList, size };
  }

  /** One check per clause; undefined when a clause allows no known value. */
  private clauseChecks(where: readonly Clause<TDim | TKey>[]): ClauseCheck[] | undefined {
    const out: ClauseCheck[] = [];
    for (const clause of where) {
      const checks = this.checks(clause);
      if (checks.length === 0) return undefined;
      out.push(clauseCheck(checks));
    }
    return out;
  }

  /** The fields of a clause with the values they know; unknown values are dropped. */
  private checks(clause: Clause<TDim | TKey>): Check[] {
    const out: Check[] = [];
    for (const name of Object.keys(clause) as Array<TDim | TKey>) {
      const values = clause[name];
      if (!values || values.length === 0) continue;
      const field = this.field(name);
      const allowed = field.allowed(values);
      if (allowed) out.push({ field, allowed });
    }
    return out;
  }

  private field(name: TDim | TKey): FilterField {
    const field = this.dims.get(name as TDim) ?? this.keys.get(name as TKey);
    if (!field) throw new Error(`not a filter field: ${name}`);
    return field;
  }

  private liveDocs(ids: readonly string[]): number[] {
    const docs: number[] = [];
    for (const id of ids) {
      const doc = this.internalIds.get(id);
      if (doc !== undefined) docs.push(doc);
    }
    return docs;
  }

  private none(): Candidates {
    return { all: false, epoch: this.nextEpoch(), list: this.passList, size: 0 };
  }

  private facetCounters(fields: TDim[]): Map<FacetDim, Uint32Array> {
    return new Map(
      fields.map((field) => {
        const dim = this.dims.get(field) as FacetDim;
        return [dim, new Uint32Array(dim.values.length)];
      }),
    );
  }

  private facetResult(
    fields: TDim[],
    counts: Map<FacetDim, Uint32Array>,
  ): SearchResult<TDim>['facets'] {
    const facets: SearchResult<TDim>['facets'] = {};
    for (const field of fields) {
      const dim = this.dims.get(field) as FacetDim;
      const entries: Array<[string, number]> = [];
      counts.get(dim)?.forEach((count, id) => {
        if (count > 0) entries.push([dim.values[id] as string, count]);
      });
      entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      facets[field] = Object.fromEntries(entries);
    }
    return facets;
  }

  private byRank(a: number, b: number): boolean {
    const ra = this.rankOf[a] as number;
    const rb = this.rankOf[b] as number;
    return ra !== rb ? ra > rb : a < b;
  }

  private byScore(a: number, b: number): boolean {
    const sa = this.acc[a] as number;
    const sb = this.acc[b] as number;
    return sa !== sb ? sa > sb : this.byRank(a, b);
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
