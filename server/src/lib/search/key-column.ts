/**
 * One single-valued field that is only filtered on (verified, organization…): a value id per
 * document in a column as narrow as the number of distinct values allows. Unlike a FacetDim it
 * keeps no postings, so it never drives a filter; it is checked per document.
 */
import { allowedTable, grow } from './structures';

type Column = Uint8Array | Uint16Array | Uint32Array;

export class KeyColumn {
  /** value ids start at 1; 0 is "no value" */
  private readonly ids = new Map<string, number>();
  private column: Column = new Uint8Array(0);

  ensure(size: number): void {
    this.column = grow<Column>(this.column, size, (n) => this.make(n));
  }

  set(doc: number, value: string | undefined): void {
    this.column[doc] = value === undefined ? 0 : this.intern(value);
  }

  /** A lookup table over value ids for `has`; undefined when no value is known (nothing passes). */
  allowed(values: readonly string[]): Uint8Array | undefined {
    return allowedTable(this.ids, this.ids.size + 1, values);
  }

  has(doc: number, allowed: Uint8Array): boolean {
    return allowed[this.column[doc] as number] === 1;
  }

  /** Renumbers documents after deletes: `map[old]` is the new id (never above `old`), or -1. */
  compact(map: Int32Array): void {
    for (let old = 0; old < map.length; old++) {
      const doc = map[old] as number;
      if (doc >= 0) this.column[doc] = this.column[old] as number;
    }
  }

  private intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(value, id);
      if (id > maxOf(this.column)) this.widen();
    }
    return id;
  }

  private make(size: number): Column {
    const distinct = this.ids.size;
    if (distinct < 0xff) return new Uint8Array(size);
    return distinct < 0xffff ? new Uint16Array(size) : new Uint32Array(size);
  }

  private widen(): void {
    const wider = this.make(this.column.length);
    wider.set(this.column);
    this.column = wider;
  }
}

function maxOf(column: Column): number {
  return 2 ** (column.BYTES_PER_ELEMENT * 8) - 1;
}
