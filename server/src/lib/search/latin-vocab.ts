/** The Latin words the index knows, for typo tolerance and prefix search. */
import { editDistance } from './structures';

export interface Expansion {
  /** index terms the word stands for */
  terms: readonly string[];
  /** edit distance for a typo match, 0 for a prefix match */
  distance: number;
}

/** Meilisearch's defaults: one typo from 5 letters, two from 9. */
export function allowedTypos(word: string): number {
  if (word.length >= 9) return 2;
  return word.length >= 5 ? 1 : 0;
}

const MAX_EXPANSIONS = 30;

export class LatinVocab {
  private readonly words = new Map<string, readonly string[]>();
  private sorted: string[] = [];
  private byLength = new Map<number, string[]>();
  private dirty = false;

  /** `terms`: what the word stands for (the word itself, or taxonomy concept terms). */
  add(word: string, terms: readonly string[]): void {
    if (this.words.has(word)) return;
    this.words.set(word, terms);
    this.dirty = true;
  }

  clear(): void {
    this.words.clear();
    this.dirty = true;
  }

  /** Words within the allowed typos of `word`, nearest first, the word itself excluded. */
  typos(word: string): Expansion[] {
    const max = allowedTypos(word);
    if (max === 0) return [];
    this.refresh();
    const found: Expansion[] = [];
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        if (candidate === word) continue;
        const distance = editDistance(word, candidate, max);
        if (distance <= max) found.push({ terms: this.words.get(candidate) ?? [], distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance).slice(0, MAX_EXPANSIONS);
  }

  /** Words that start with `prefix`, the prefix itself excluded. */
  completions(prefix: string): Expansion[] {
    if (prefix.length < 2) return [];
    this.refresh();
    const found: Expansion[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const candidate = this.sorted[i] as string;
      if (!candidate.startsWith(prefix) || found.length >= MAX_EXPANSIONS) break;
      if (candidate !== prefix) found.push({ terms: this.words.get(candidate) ?? [], distance: 0 });
    }
    return found;
  }

  private refresh(): void {
    if (!this.dirty) return;
    this.sorted = [...this.words.keys()].sort();
    this.byLength = new Map();
    for (const word of this.sorted) {
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
    this.dirty = false;
  }
}

function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
