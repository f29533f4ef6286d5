/**
 * Every posting list of the index in a few large Uint32Array pages, as chains of blocks
 * that double in size. Hundreds of thousands of small typed arrays would each carry an
 * object header and an ArrayBuffer for the garbage collector to track; this keeps GC pauses
 * short and memory near 4 bytes per posting.
 *
 * A block is `[capacity, count, next, ...values]`; an address is `page << PAGE_BITS | offset`,
 * 0 being "none" (offset 0 of page 0 is never handed out).
 */
import { grow } from './structures';

const PAGE_BITS = 18;
const PAGE_SIZE = 1 << PAGE_BITS;
const OFFSET_MASK = PAGE_SIZE - 1;
const HEADER = 3;
const FIRST_BLOCK = 2;
const MAX_BLOCK = 4096;

export class PostingArena {
  private pages: Uint32Array[] = [new Uint32Array(PAGE_SIZE)];
  private used = 1;
  private head = new Uint32Array(0);
  private tail = new Uint32Array(0);
  private lengths = new Uint32Array(0);
  private lists = 0;

  /** A new, empty list; its id is the number of lists made before it. */
  create(): number {
    const id = this.lists++;
    this.head = grow(this.head, this.lists, (n) => new Uint32Array(n));
    this.tail = grow(this.tail, this.lists, (n) => new Uint32Array(n));
    this.lengths = grow(this.lengths, this.lists, (n) => new Uint32Array(n));
    return id;
  }

  length(list: number): number {
    return this.lengths[list] as number;
  }

  push(list: number, value: number): void {
    let block = this.tail[list] as number;
    if (block === 0 || this.count(block) === this.capacity(block)) {
      const capacity = block === 0 ? FIRST_BLOCK : Math.min(MAX_BLOCK, this.capacity(block) * 2);
      const next = this.allocate(capacity);
      if (block === 0) this.head[list] = next;
      else this.setNext(block, next);
      this.tail[list] = next;
      block = next;
    }
    const page = this.pages[block >>> PAGE_BITS] as Uint32Array;
    const offset = block & OFFSET_MASK;
    const count = page[offset + 1] as number;
    page[offset + HEADER + count] = value;
    page[offset + 1] = count + 1;
    this.lengths[list] = (this.lengths[list] as number) + 1;
  }

  /** Calls `visit(page, from, to)` for each block; values are `page[from] … page[to - 1]`. */
  forEachBlock(list: number, visit: (page: Uint32Array, from: number, to: number) => void): void {
    for (let block = this.head[list] as number; block !== 0;) {
      const page = this.pages[block >>> PAGE_BITS] as Uint32Array;
      const offset = block & OFFSET_MASK;
      const from = offset + HEADER;
      visit(page, from, from + (page[offset + 1] as number));
      block = page[offset + 2] as number;
    }
  }

  private allocate(capacity: number): number {
    if (this.used + HEADER + capacity > PAGE_SIZE) {
      this.pages.push(new Uint32Array(PAGE_SIZE));
      this.used = 0;
    }
    const address = ((this.pages.length - 1) << PAGE_BITS) | this.used;
    const page = this.pages[this.pages.length - 1] as Uint32Array;
    page[this.used] = capacity;
    this.used += HEADER + capacity;
    return address >>> 0;
  }

  private capacity(block: number): number {
    return (this.pages[block >>> PAGE_BITS] as Uint32Array)[block & OFFSET_MASK] as number;
  }

  private count(block: number): number {
    return (this.pages[block >>> PAGE_BITS] as Uint32Array)[(block & OFFSET_MASK) + 1] as number;
  }

  private setNext(block: number, next: number): void {
    (this.pages[block >>> PAGE_BITS] as Uint32Array)[(block & OFFSET_MASK) + 2] = next;
  }
}
