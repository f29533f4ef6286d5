import { clauses } from './features';
import { specificity } from './specificity';

/** What one word (feature) of the vocabulary points to. */
export interface Pointer {
  skill: string;
  /** 0..1: the share of the word's documents that owe it to the skill, damped for rare words */
  weight: number;
}

/** A skill inferred from a text, with the words of the text that point to it. */
export interface InferredSkill {
  skill: string;
  /** 0..1 */
  confidence: number;
  /** the text's own words that point to the skill, strongest first */
  words: string[];
}

/**
 * A clause must have at least this many characters' worth of words pointing to a skill, each
 * character counted by how surely its word means the skill and how specific the word is in
 * general Chinese: one specific word ("电费", "叉车") is enough; a run that is no word ("做一次",
 * "车间里"), seen in one skill's phrases by chance, is not.
 */
const MIN_CLAUSE_SCORE = 0.9;
/** A clause's second skill must be at least this share of its first. */
const RUNNER_UP_SHARE = 0.6;
/** A clause this strongly pointing to a skill (a phrase of several specific words) is a certain call. */
const FULL_CLAUSE_SCORE = 6;
const MAX_WORDS = 3;
/** The most skills one text is read to point to. */
export const MAX_SKILLS = 5;

/** Term → skill pointers learned from the platform's own records (see learn.ts). */
export class Vocabulary {
  constructor(
    private readonly pointers: ReadonlyMap<string, Pointer>,
    readonly stats: { documents: number; terms: number; builtAt: Date; buildMs: number },
  ) {}

  static empty(): Vocabulary {
    return new Vocabulary(new Map(), { documents: 0, terms: 0, builtAt: new Date(0), buildMs: 0 });
  }

  static fromEntries(
    entries: ReadonlyArray<readonly [string, string, number]>,
    stats: Omit<Vocabulary['stats'], 'terms'>,
  ): Vocabulary {
    return new Vocabulary(
      new Map(entries.map(([term, skill, weight]) => [term, { skill, weight }])),
      { ...stats, terms: entries.length },
    );
  }

  get size(): number {
    return this.pointers.size;
  }

  /** Entries for storage: [term, skill, weight]. */
  entries(): Array<[string, string, number]> {
    return [...this.pointers].map(([term, p]) => [term, p.skill, p.weight]);
  }

  /**
   * The skills a text's words point to. Each clause ("设备经常突然停机") votes on its own: per
   * skill, each character counts the strongest word covering it that points to the skill.
   */
  infer(text: string): InferredSkill[] {
    const best = new Map<
      string,
      { score: number; spans: Array<{ text: string; score: number }> }
    >();
    for (const clause of clauses(text)) {
      const cover = new Map<string, Float32Array>();
      for (const feature of clause.features) {
        const pointer = this.pointers.get(feature.key);
        if (!pointer) continue;
        const weight = pointer.weight * specificity(feature.key);
        if (weight === 0) continue;
        let row = cover.get(pointer.skill);
        if (!row) {
          row = new Float32Array(clause.text.length);
          cover.set(pointer.skill, row);
        }
        for (let i = feature.at; i < feature.at + feature.length; i++) {
          row[i] = Math.max(row[i] as number, weight);
        }
      }
      const scored = [...cover].map(([skill, row]) => ({
        skill,
        row,
        score: row.reduce((sum, w) => sum + w, 0),
      }));
      const top = Math.max(0, ...scored.map((s) => s.score));
      for (const { skill, row, score } of scored) {
        if (score < MIN_CLAUSE_SCORE || score < top * RUNNER_UP_SHARE) continue;
        const found = spans(clause.text, row);
        const entry = best.get(skill) ?? { score: 0, spans: [] };
        entry.score = Math.max(entry.score, score);
        entry.spans.push(...found);
        best.set(skill, entry);
      }
    }
    return [...best]
      .map(([skill, { score, spans: found }]) => ({
        skill,
        confidence: Math.min(1, score / FULL_CLAUSE_SCORE),
        words: distinctWords(found),
      }))
      .sort((a, b) => b.confidence - a.confidence || a.skill.localeCompare(b.skill))
      .slice(0, MAX_SKILLS);
  }
}

/** Runs of covered characters: the words of the clause that spoke for the skill. */
function spans(text: string, row: Float32Array): Array<{ text: string; score: number }> {
  const out: Array<{ text: string; score: number }> = [];
  let start = -1;
  let score = 0;
  for (let i = 0; i <= row.length; i++) {
    const w = i < row.length ? (row[i] as number) : 0;
    if (w > 0) {
      if (start < 0) start = i;
      score += w;
    } else if (start >= 0) {
      out.push({ text: text.slice(start, i), score });
      start = -1;
      score = 0;
    }
  }
  return out;
}

function distinctWords(found: Array<{ text: string; score: number }>): string[] {
  const seen = new Set<string>();
  return found
    .sort((a, b) => b.score - a.score)
    .filter((span) => !seen.has(span.text) && seen.add(span.text))
    .slice(0, MAX_WORDS)
    .map((span) => span.text);
}
