/** Small data structures for the embedded engine: compact lists, top-k, edit distance. */

/** An append-only Uint32 list; doubling keeps appends amortised O(1). */
export class U32List {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 2) {
    this.data = new Uint32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(Math.max(4, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** Keeps the values for which `map` returns a non-negative number, replaced by it. */
  remap(map: (value: number) => number): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const next = map(this.data[i] as number);
      if (next >= 0) this.data[kept++] = next;
    }
    this.length = kept;
  }
}

/** Grows a typed array to at least `size` elements, keeping its contents. */
export function grow<
  T extends Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array,
>(array: T, size: number, make: (size: number) => T): T {
  if (array.length >= size) return array;
  const grown = make(Math.max(size, array.length * 2, 1024));
  grown.set(array);
  return grown;
}

/**
 * Keeps the k best items by a caller's order (`better(a, b)` is true when a ranks above b);
 * the worst kept item sits at the root so a weaker candidate is rejected in O(1).
 */
export class TopK {
  private readonly items: number[] = [];

  constructor(
    private readonly k: number,
    private readonly better: (a: number, b: number) => boolean,
  ) {}

  offer(item: number): void {
    if (this.k === 0) return;
    const items = this.items;
    if (items.length < this.k) {
      items.push(item);
      this.siftUp(items.length - 1);
    } else if (this.better(item, items[0] as number)) {
      items[0] = item;
      this.siftDown(0);
    }
  }

  /** best first */
  sorted(): number[] {
    return [...this.items].sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }

  private siftUp(index: number): void {
    const items = this.items;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(items[parent] as number, items[i] as number)) break;
      [items[parent], items[i]] = [items[i] as number, items[parent] as number];
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const items = this.items;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < items.length && this.better(items[worst] as number, items[left] as number))
        worst = left;
      if (right < items.length && this.better(items[worst] as number, items[right] as number))
        worst = right;
      if (worst === i) return;
      [items[worst], items[i]] = [items[i] as number, items[worst] as number];
      i = worst;
    }
  }
}

const row = new Uint16Array(64);

/** Levenshtein distance, or max + 1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= row.length) return max + 1;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      row[j] = value;
      diagonal = above;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
  }
  return row[b.length] as number;
}

/**
 * A lookup table over interned value ids, 1 for each of `values` that is known; undefined when
 * none is (then nothing passes the filter).
 */
export function allowedTable(
  ids: ReadonlyMap<string, number>,
  size: number,
  values: readonly string[],
): Uint8Array | undefined {
  const table = new Uint8Array(size);
  let any = false;
  for (const value of values) {
    const id = ids.get(value);
    if (id === undefined) continue;
    table[id] = 1;
    any = true;
  }
  return any ? table : undefined;
}
