/**
 * The words a vocabulary learns from: Chinese character bigrams and trigrams and Latin words, read
 * clause by clause. Sector names are masked out: a need's sector is a field of its own, and the
 * sectors an expert serves would otherwise teach that "轮胎" means the skills tyre plants ask for.
 */
import { taxonomy } from '@qs/shared';

/** Where one clause starts in the normalised text, and its features with their spans. */
export interface Clause {
  start: number;
  text: string;
  features: Feature[];
}

export interface Feature {
  key: string;
  /** offset in the clause's text and length */
  at: number;
  length: number;
}

const MIN_GRAM = 2;
const MAX_GRAM = 3;

const sectorTerms = taxonomy.sectors
  .flatMap((sector) => [sector.zh, ...sector.aliases])
  .map((term) => term.normalize('NFKC').toLowerCase())
  .sort((a, b) => b.length - a.length);
const sectorPattern = new RegExp(
  sectorTerms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'gu',
);

/** Clause boundaries: punctuation and anything that is neither a letter nor a digit. */
export const CLAUSE_BREAK = /[，。；！？、：,.;!?:“”"'（）()【】[\]《》\n\r\t]+/u;
/**
 * Function characters: a gram starting or ending with one straddles two words ("的专" of
 * "的专用网络", "想请"), which spreads a phrase's meaning onto unrelated text.
 */
const EDGE_STOP = new Set(
  [
    ...'的了和与及或在是为对等把被也都就而并之其于从向将由以个着过吗呢吧啊我你您他她它这那有想要请很让给能会',
  ].map((char) => char.charCodeAt(0)),
);

/** CJK unified ideographs (BMP) and their extension A. */
const isHan = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isLatinOrDigit = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** Calls `emit` with each feature of a clause: its offset and length. */
export function eachFeature(text: string, emit: (at: number, length: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      let end = i;
      while (end < text.length && isHan(text.charCodeAt(end))) end++;
      for (let at = i; at < end - 1; at++) {
        if (EDGE_STOP.has(text.charCodeAt(at))) continue;
        for (let n = MIN_GRAM; n <= MAX_GRAM && at + n <= end; n++) {
          if (!EDGE_STOP.has(text.charCodeAt(at + n - 1))) emit(at, n);
        }
      }
      i = end;
    } else if (isLatinOrDigit(code)) {
      let end = i;
      while (end < text.length && isLatinOrDigit(text.charCodeAt(end))) end++;
      if (end - i >= 2) emit(i, end - i);
      i = end;
    } else {
      i++;
    }
  }
}

/** Lower-case, width-folded, with sector names replaced by a break of the same length. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(sectorPattern, (term) => '，'.repeat(term.length));
}

function clauseFeatures(text: string): Feature[] {
  const features: Feature[] = [];
  eachFeature(text, (at, length) =>
    features.push({ key: text.slice(at, at + length), at, length }),
  );
  return features;
}

/** The clauses of a text with their features. */
export function clauses(text: string): Clause[] {
  const normalized = normalizeText(text);
  const out: Clause[] = [];
  let start = 0;
  for (const part of normalized.split(CLAUSE_BREAK)) {
    const at = normalized.indexOf(part, start);
    start = at + part.length;
    const features = clauseFeatures(part);
    if (features.length) out.push({ start: at, text: part, features });
  }
  return out;
}
