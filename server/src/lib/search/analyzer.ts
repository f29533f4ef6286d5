/**
 * Text analysis shared by the embedded engine and the matcher.
 * Taxonomy terms and aliases are found first (longest match) and kept whole as concept
 * tokens, so "TSN", "确定性网络" and "时间敏感网络" all become the same token; the rest of
 * the Chinese text goes through ICU's dictionary segmenter, Latin words are lower-cased
 * and lightly stemmed.
 */
import { concepts, type ConceptKind } from './taxonomy';

export interface Analysis {
  /** words of the text; a taxonomy term counts as one word */
  tokens: string[];
  /** taxonomy skills mentioned, by id, in order of first mention */
  skillIds: string[];
  sectorIds: string[];
}

/** One query word with the index terms any of which satisfies it. */
export interface QueryTerm {
  /** the word as typed (normalised) */
  surface: string;
  terms: string[];
  /** a Latin word: typo tolerance applies */
  latin: boolean;
  /** the last word, still being typed: prefix matching applies */
  prefix: boolean;
}

interface ConceptRef {
  kind: ConceptKind;
  id: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  refs: ConceptRef[] | undefined;
}

type Mode = 'index' | 'query';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MAX_JOINED_SINGLES = 4;

const ZH_STOP = new Set(
  (
    '的 了 和 与 及 或 在 是 为 对 等 把 被 也 都 就 而 并 之 其 于 从 向 将 由 以 个 着 过 吗 呢 吧 啊 ' +
    '及其 以及 并且 或者 我 我们 你 您 你们 他 她 他们 它 这 那 这个 那个 这些 那些 一个 一些 有 有关 ' +
    '相关 需要 想 想要 找 寻找 请 能 能够 可以 会 要 希望 进行 方面 帮助 如何 怎么 什么 哪些'
  ).split(' '),
);
const EN_STOP = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or our that the their ' +
    'this to was we were will with who need needs looking'
  ).split(' '),
);

/** Function words dropped from text and queries (Meilisearch gets the same list). */
export const STOP_WORDS: readonly string[] = [...ZH_STOP, ...EN_STOP];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** NFKC folds full-width forms; hyphens, underscores and spaces all count as one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_‐‑‒–—·・/]+/gu, ' ');
}

/** Plural folding only: heavier stemming hurts typo matching more than it helps recall. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) {
    return word.slice(0, -1);
  }
  return word;
}

export function conceptTerm(kind: ConceptKind, id: string): string {
  return `${kind}:${id}`;
}

export function isLatinWord(term: string): boolean {
  return /^[a-z][a-z0-9]*$/.test(term);
}

const trie = buildTrie();
const conceptWords = buildConceptWords();

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), refs: undefined };
  for (const concept of concepts) {
    for (const term of concept.terms) {
      let node = root;
      for (const char of normalize(term).trim().split('')) {
        let child = node.next.get(char);
        if (!child) {
          child = { next: new Map(), refs: undefined };
          node.next.set(char, child);
        }
        node = child;
      }
      const refs = node.refs ?? [];
      if (!refs.some((ref) => ref.kind === concept.kind && ref.id === concept.id)) {
        node.refs = [...refs, { kind: concept.kind, id: concept.id }];
      }
    }
  }
  return root;
}

/** Single Latin words of the taxonomy ("kubernetes", "tsn") for typo and prefix lookups. */
function buildConceptWords(): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const concept of concepts) {
    for (const term of concept.terms) {
      const word = stem(normalize(term).trim());
      if (!isLatinWord(word)) continue;
      const list = words.get(word) ?? [];
      list.push(conceptTerm(concept.kind, concept.id));
      words.set(word, list);
    }
  }
  return words;
}

/** Taxonomy Latin words and the concept terms they stand for. */
export function taxonomyLatinWords(): ReadonlyMap<string, readonly string[]> {
  return conceptWords;
}

interface DictMatch {
  end: number;
  refs: ConceptRef[];
}

/** CJK unified ideographs (BMP blocks; the rare astral ones fall through as "other"). */
function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** A letter or digit of an alphabetic script: these need word boundaries, Han does not. */
function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return !Number.isNaN(code) && !isHan(code) && WORD_CHAR.test(String.fromCharCode(code));
}

/** Longest taxonomy term at `start`; a Latin edge must sit on a word boundary ("MES" ≠ "messages"). */
function matchAt(text: string, start: number): DictMatch | undefined {
  let node = trie.next.get(text[start] as string);
  if (!node) return undefined;
  if (isWordCode(text.charCodeAt(start)) && isWordCode(text.charCodeAt(start - 1)))
    return undefined;
  let best: DictMatch | undefined;
  for (let i = start; node;) {
    if (node.refs && !(isWordCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1)))) {
      best = { end: i + 1, refs: node.refs };
    }
    i++;
    node = i < text.length ? node.next.get(text[i] as string) : undefined;
  }
  return best;
}

interface Piece {
  text: string;
  refs: ConceptRef[] | undefined;
}

/** Splits normalised text into taxonomy matches and the plain text between them. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const match = matchAt(text, i);
    if (!match) {
      i++;
      continue;
    }
    if (plainStart < i) out.push({ text: text.slice(plainStart, i), refs: undefined });
    out.push({ text: text.slice(i, match.end), refs: match.refs });
    i = match.end;
    plainStart = i;
  }
  if (plainStart < text.length) out.push({ text: text.slice(plainStart), refs: undefined });
  return out;
}

/**
 * Words of plain text, by ICU's dictionary segmenter. ICU splits names and rarer words into
 * single characters ("张/伟", "质/检"); a short run of them is also kept joined, so a query
 * typed alone segments the same way as the text.
 */
function plainWords(text: string, mode: Mode): string[] {
  const out: string[] = [];
  let singles: string[] = [];
  const flush = (): void => {
    if (singles.length >= 2 && singles.length <= MAX_JOINED_SINGLES) {
      out.push(singles.join(''));
      if (mode === 'index') out.push(...singles);
    } else {
      out.push(...singles);
    }
    singles = [];
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      flush();
    } else if (!isHan(segment.charCodeAt(0))) {
      flush();
      if (!EN_STOP.has(segment)) out.push(stem(segment));
    } else if (ZH_STOP.has(segment)) {
      flush();
    } else if (segment.length === 1) {
      singles.push(segment);
    } else {
      flush();
      out.push(segment);
    }
  }
  flush();
  return out;
}

const subwordCache = new Map<string, string[]>();

/** A taxonomy term is indexed with its parts too, so "边缘" or "computing" alone still match. */
function subwords(term: string): string[] {
  let words = subwordCache.get(term);
  if (!words) {
    words = plainWords(term, 'index');
    subwordCache.set(term, words);
  }
  return words;
}

/** Index terms of a text, repeated as often as they occur (term frequency). */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const piece of pieces(normalize(text))) {
    if (piece.refs) {
      for (const ref of piece.refs) out.push(conceptTerm(ref.kind, ref.id));
      out.push(...subwords(piece.text.trim()));
    } else {
      out.push(...plainWords(piece.text, 'index'));
    }
  }
  return out;
}

/** Query words in order, duplicates removed; the last plain word is a prefix unless followed by a space. */
export function queryTerms(text: string): QueryTerm[] {
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm): void => {
    const key = term.terms.join('|');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(term);
  };
  for (const piece of pieces(normalize(text))) {
    if (piece.refs) {
      const terms = piece.refs.map((ref) => conceptTerm(ref.kind, ref.id));
      add({ surface: piece.text.trim(), terms, latin: false, prefix: false });
      continue;
    }
    for (const word of plainWords(piece.text, 'query')) {
      add({ surface: word, terms: [word], latin: isLatinWord(word), prefix: false });
    }
  }
  const last = out.at(-1);
  if (last?.latin && !/[\s\p{P}]$/u.test(text)) last.prefix = true;
  return out;
}

/** For the matcher: the words of a need's text and the skills and sectors it mentions. */
export function analyze(text: string): Analysis {
  const tokens: string[] = [];
  const skillIds = new Set<string>();
  const sectorIds = new Set<string>();
  for (const piece of pieces(normalize(text))) {
    if (!piece.refs) {
      tokens.push(...plainWords(piece.text, 'query'));
      continue;
    }
    tokens.push(piece.text.trim());
    for (const ref of piece.refs) (ref.kind === 'skill' ? skillIds : sectorIds).add(ref.id);
  }
  return { tokens, skillIds: [...skillIds], sectorIds: [...sectorIds] };
}
