import { existsSync } from 'node:fs';
import path from 'node:path';
import { EMBEDDING_MODEL_DIR, EMBEDDING_MODEL_FILES } from '../../paths';
import type { Logger } from '../logger';
import { SentenceEncoder } from './encoder';
import { NO_SKILL, ProblemIndex, type Neighbour } from './problems';

/** A skill a text's meaning points to: the share of its nearest problems' votes, and where. */
export interface SemanticSkill {
  skill: string;
  /** 0..1 */
  share: number;
  /** the text's own clause that reads most like the skill's problems */
  clause: string;
}

/** Problems consulted per unit of text, and how much more a closer one counts. */
const NEIGHBOURS = 10;
const SHARPNESS = 30;
/**
 * A unit's nearest problem at this cosine similarity or below says nothing ("你好" is 0.55 from
 * its nearest); its votes count fully from 0.70 ("年轻员工上手慢" is 0.88 from "新员工上手慢").
 */
const SIMILARITY_FLOOR = 0.55;
const SIMILARITY_FULL = 0.7;
/** A skill with less of a unit's votes is noise. */
const MIN_SHARE = 0.4;
const MIN_CLAUSE_CHARS = 4;
const MAX_CLAUSES = 6;
const CACHE_SIZE = 500;

interface Reader {
  encoder: SentenceEncoder;
  index: ProblemIndex;
}

let reader: Promise<Reader | undefined> | undefined;
const cache = new Map<string, Promise<SemanticSkill[]>>();

/**
 * Loads the model and the problems' vectors, once per process; later calls share the promise.
 * Without the model (not fetched yet), needs are read by their words alone.
 */
export function loadSemantic(logger?: Logger): Promise<Reader | undefined> {
  reader ??= (async () => {
    if (!existsSync(path.join(EMBEDDING_MODEL_DIR, EMBEDDING_MODEL_FILES.model))) {
      logger?.warn(
        `no embedding model in ${EMBEDDING_MODEL_DIR} (npm run model:fetch): needs are read by their words only`,
      );
      return undefined;
    }
    const started = Date.now();
    const encoder = await SentenceEncoder.load(EMBEDDING_MODEL_DIR);
    const index = await ProblemIndex.build(encoder, EMBEDDING_MODEL_DIR);
    logger?.info({ problems: index.size, ms: Date.now() - started }, 'embedding model loaded');
    return { encoder, index };
  })().catch((err: unknown) => {
    logger?.warn({ err }, 'embedding model failed to load: needs are read by their words only');
    return undefined;
  });
  return reader;
}

/** The whole text, then each clause long enough to say something. */
function units(text: string): string[] {
  const clauses = text
    .split(/[\n；;。！？!?]+/)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length >= MIN_CLAUSE_CHARS);
  return [...new Set([text.replace(/\s*\n\s*/g, '。').trim(), ...clauses.slice(0, MAX_CLAUSES)])];
}

/**
 * Skills a text's meaning points to: each unit's nearest everyday problems of the glossary vote
 * for their skills, a closer problem exponentially more; a skill keeps its best unit's share.
 */
export function semanticSkills(text: string): Promise<SemanticSkill[]> {
  const key = text.trim();
  const cached = cache.get(key);
  if (cached) return cached;
  const pending = read(key);
  cache.set(key, pending);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return pending;
}

async function read(text: string): Promise<SemanticSkill[]> {
  const loaded = await loadSemantic();
  if (!loaded || !text) return [];
  const parts = units(text);
  const vectors = await loaded.encoder.encode(parts);
  const shares = vectors.map((vector) => unitShares(loaded.index.nearest(vector, NEIGHBOURS)));
  const skills = new Set(shares.flatMap((unit) => [...unit.keys()]));
  const out: SemanticSkill[] = [];
  for (const skill of skills) {
    const share = Math.max(...shares.map((unit) => unit.get(skill) ?? 0));
    if (share < MIN_SHARE) continue;
    // The clause shown is the one that reads most like the skill's problems (the whole text when
    // it is one clause).
    let at = parts.length > 1 ? 1 : 0;
    for (let i = at; i < parts.length; i++) {
      if ((shares[i]?.get(skill) ?? 0) > (shares[at]?.get(skill) ?? 0)) at = i;
    }
    out.push({ skill, share, clause: parts[at] ?? text });
  }
  return out.sort((a, b) => b.share - a.share || a.skill.localeCompare(b.skill));
}

/** Each skill's share of a unit's votes, damped when even the nearest problem is far. */
function unitShares(neighbours: Neighbour[]): Map<string, number> {
  const top = neighbours[0]?.similarity ?? 0;
  const closeness = Math.max(
    0,
    Math.min(1, (top - SIMILARITY_FLOOR) / (SIMILARITY_FULL - SIMILARITY_FLOOR)),
  );
  const votes = new Map<string, number>();
  for (const n of neighbours) {
    votes.set(n.skill, (votes.get(n.skill) ?? 0) + Math.exp((n.similarity - top) * SHARPNESS));
  }
  const total = [...votes.values()].reduce((sum, vote) => sum + vote, 0);
  votes.delete(NO_SKILL);
  for (const [skill, vote] of votes) votes.set(skill, (vote / total) * closeness);
  return votes;
}
