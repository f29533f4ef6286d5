/**
 * One filterable, countable field (skills, pool, city…): each document's values in one flat
 * array (CSR layout) for per-document checks and counts, plus a posting list per value to
 * drive a filter from its most selective side.
 */
import { allowedTable, grow, U32List } from './structures';

export class FacetDim {
  readonly values: string[] = [];
  readonly postings: U32List[] = [];
  private readonly ids = new Map<string, number>();
  private start = new Uint32Array(0);
  private count = new Uint8Array(0);
  private vals = new U32List(1024);

  ensure(size: number): void {
    this.start = grow(this.start, size, (n) => new Uint32Array(n));
    this.count = grow(this.count, size, (n) => new Uint8Array(n));
  }

  set(doc: number, values: readonly string[]): void {
    const unique = [...new Set(values)].slice(0, 255);
    this.start[doc] = this.vals.length;
    this.count[doc] = unique.length;
    for (const value of unique) {
      const id = this.intern(value);
      this.vals.push(id);
      (this.postings[id] as U32List).push(doc);
    }
  }

  valueId(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** A lookup table over value ids for `has`; undefined when no value is known (nothing passes). */
  allowed(values: readonly string[]): Uint8Array | undefined {
    return allowedTable(this.ids, this.values.length, values);
  }

  /** How many postings a filter on these values would walk. */
  cost(allowed: Uint8Array): number {
    let total = 0;
    for (let id = 0; id < allowed.length; id++) {
      if (allowed[id]) total += (this.postings[id] as U32List).length;
    }
    return total;
  }

  has(doc: number, allowed: Uint8Array): boolean {
    const end = (this.start[doc] as number) + (this.count[doc] as number);
    const vals = this.vals.data;
    for (let i = this.start[doc] as number; i < end; i++) {
      if (allowed[vals[i] as number]) return true;
    }
    return false;
  }

  countInto(doc: number, counts: Uint32Array): void {
    const end = (this.start[doc] as number) + (this.count[doc] as number);
    const vals = this.vals.data;
    for (let i = this.start[doc] as number; i < end; i++) {
      const id = vals[i] as number;
      counts[id] = (counts[id] as number) + 1;
    }
  }

  /** Renumbers documents after deletes: `map[old]` is the new id, or -1 for a dropped one. */
  compact(map: Int32Array): void {
    const vals = new U32List(Math.max(1024, this.vals.length));
    for (let old = 0; old < map.length; old++) {
      const doc = map[old] as number;
      if (doc < 0) continue;
      const start = this.start[old] as number;
      const count = this.count[old] as number;
      this.start[doc] = vals.length;
      this.count[doc] = count;
      for (let i = start; i < start + count; i++) vals.push(this.vals.data[i] as number);
    }
    this.vals = vals;
    for (const list of this.postings) list.remap((doc) => map[doc] as number);
  }

  private intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.postings.push(new U32List());
    }
    return id;
  }
}
