/**
 * Learns which words point to which skills from records that carry both: experts (their skills
 * next to the words of their bios) and needs with required skills (next to their text).
 *
 * An expert with several skills tells problems of each in one bio, so a word's documents are
 * shared out among their skills (labelled-topic style expectation–maximisation): a phrase found
 * in every bio of PLC experts, half of whom also machine parts, belongs to PLC, not to machining.
 * A word is kept when at least half of its documents owe it to one skill; generic words ("客户",
 * "改造") spread over every skill and drop out.
 */
import { CLAUSE_BREAK, eachFeature, normalizeText } from './features';
import { Vocabulary, type Pointer } from './vocabulary';

export interface LearningDoc {
  text: string;
  skills: readonly string[];
}

/** skill id → everyday problems that mean it (the taxonomy's problem glossary) */
export type Glossary = Readonly<Record<string, readonly string[]>>;

/**
 * One glossary entry counts as twice the records an average skill has (at least 3): the records
 * teach the words a deployment's experts use, the glossary the words none of them use ("趴窝",
 * "黑客"), and a word the glossary gives several skills ("服务器") is spread over them however
 * often one skill's bios repeat it. Weighed by the corpus, its pull stays the same as the
 * platform grows (an entry worth as much as a fifth or a half of a skill's records did less on
 * the evaluation sets; two to eight times, the same).
 */
const GLOSSARY_SHARE = 2;
const GLOSSARY_MIN = 3;

/** Words seen in fewer documents are chance. */
const MIN_DOCUMENTS = 3;
/** Documents per word at which a word counts fully (weight × df / (df + DAMPING)). */
const DAMPING = 2;
const MIN_SHARE = 0.5;
const ITERATIONS = 4;

/**
 * Term ids without building a string per gram: a Chinese bigram or trigram is its UTF-16 codes
 * (first code; second and third packed in 32 bits) in an open-addressing table of typed arrays,
 * which is several times faster than a Map keyed by strings or large numbers. Latin words keep a
 * string key.
 */
class TermTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  private firsts = new Int32Array(1 << 15);
  private rests = new Uint32Array(1 << 15);
  private readonly words = new Map<string, number>();
  private readonly wordOf = new Map<number, string>();
  size = 0;

  id(text: string, at: number, length: number): number {
    const first = text.charCodeAt(at);
    if (length > 3 || first < 0x3400) return this.wordId(text.slice(at, at + length));
    const rest =
      ((text.charCodeAt(at + 1) << 16) | (length === 3 ? text.charCodeAt(at + 2) : 0)) >>> 0;
    if ((this.size + 1) * 2 > this.slots.length) this.rehash();
    const mask = this.slots.length - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(rest, 0x85ebca6b)) & mask;
    for (;;) {
      const id = this.slots[slot] as number;
      if (id < 0) break;
      if (this.firsts[id] === first && this.rests[id] === rest) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.add();
    this.firsts[id] = first;
    this.rests[id] = rest;
    this.slots[slot] = id;
    return id;
  }

  private wordId(word: string): number {
    let id = this.words.get(word);
    if (id === undefined) {
      id = this.add();
      this.firsts[id] = -1;
      this.words.set(word, id);
      this.wordOf.set(id, word);
    }
    return id;
  }

  private add(): number {
    const id = this.size++;
    if (id >= this.firsts.length) {
      const firsts = new Int32Array(this.firsts.length * 2);
      firsts.set(this.firsts);
      this.firsts = firsts;
      const rests = new Uint32Array(this.rests.length * 2);
      rests.set(this.rests);
      this.rests = rests;
    }
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      const first = this.firsts[id] as number;
      if (first < 0) continue;
      const rest = this.rests[id] as number;
      let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(rest, 0x85ebca6b)) & mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }

  term(id: number): string {
    const first = this.firsts[id] as number;
    if (first < 0) return this.wordOf.get(id) as string;
    const rest = this.rests[id] as number;
    const third = rest & 0xffff;
    return String.fromCharCode(first, rest >>> 16, ...(third ? [third] : []));
  }
}

function* glossaryDocs(glossary: Glossary): Generator<LearningDoc> {
  for (const [skill, problems] of Object.entries(glossary)) {
    for (const problem of problems) yield { text: problem, skills: [skill] };
  }
}

async function* weighted(
  docs: AsyncIterable<LearningDoc> | Iterable<LearningDoc>,
  glossary: Glossary,
): AsyncGenerator<{ doc: LearningDoc; weight: number; record: boolean }> {
  let pairs = 0;
  const seen = new Set<string>();
  for await (const doc of docs) {
    pairs += doc.skills.length;
    for (const skill of doc.skills) seen.add(skill);
    yield { doc, weight: 1, record: true };
  }
  const perSkill = pairs / Math.max(1, seen.size);
  const weight = Math.max(GLOSSARY_MIN, GLOSSARY_SHARE * perSkill);
  for (const doc of glossaryDocs(glossary)) yield { doc, weight, record: false };
}

/** Learns from the records, and from the glossary's entries as documents of their skill. */
export async function learnVocabulary(
  docs: AsyncIterable<LearningDoc> | Iterable<LearningDoc>,
  glossary: Glossary = {},
): Promise<Vocabulary> {
  const started = performance.now();
  const table = new TermTable();
  const skillIds = new Map<string, number>();
  const skills: string[] = [];
  let docTerms = new Int32Array(1 << 16);
  let termCount = 0;
  const docEnds: number[] = [];
  const docSkills: number[][] = [];
  const docWeights: number[] = [];
  let records = 0;
  let df = new Float64Array(1 << 12);
  let lastDoc = new Int32Array(1 << 12).fill(-1);

  for await (const { doc, weight, record } of weighted(docs, glossary)) {
    const own = [...new Set(doc.skills)].map((skill) => {
      let id = skillIds.get(skill);
      if (id === undefined) {
        id = skills.length;
        skillIds.set(skill, id);
        skills.push(skill);
      }
      return id;
    });
    if (own.length === 0) continue;
    const d = docEnds.length;
    for (const part of normalizeText(doc.text).split(CLAUSE_BREAK)) {
      eachFeature(part, (at, length) => {
        const id = table.id(part, at, length);
        if (id >= df.length) {
          const size = df.length * 2;
          const grownDf = new Float64Array(size);
          grownDf.set(df);
          df = grownDf;
          const grownLast = new Int32Array(size).fill(-1);
          grownLast.set(lastDoc);
          lastDoc = grownLast;
        }
        if (lastDoc[id] === d) return;
        lastDoc[id] = d;
        df[id] = (df[id] as number) + weight;
        if (termCount === docTerms.length) {
          const grown = new Int32Array(docTerms.length * 2);
          grown.set(docTerms);
          docTerms = grown;
        }
        docTerms[termCount++] = id;
      });
    }
    docEnds.push(termCount);
    docSkills.push(own);
    docWeights.push(weight);
    if (record) records++;
  }
  const termTotal = table.size;

  const S = skills.length;
  const kept = new Int32Array(termTotal).fill(-1);
  let keptCount = 0;
  for (let t = 0; t < termTotal; t++) if ((df[t] as number) >= MIN_DOCUMENTS) kept[t] = keptCount++;

  const perSkill = new Float64Array(S);
  for (const [d, own] of docSkills.entries()) {
    for (const s of own) perSkill[s] = (perSkill[s] as number) + (docWeights[d] as number);
  }

  // theta[k*S+s]: how strongly skill s explains kept word k (share of s's documents owing it to s).
  let shares = new Float32Array(keptCount * S);
  const accumulate = (theta: Float32Array | null) => {
    shares.fill(0);
    let begin = 0;
    for (let d = 0; d < docEnds.length; d++) {
      const end = docEnds[d] as number;
      const own = docSkills[d] as number[];
      const weight = docWeights[d] as number;
      for (let i = begin; i < end; i++) {
        const k = kept[docTerms[i] as number] as number;
        if (k < 0) continue;
        const base = k * S;
        if (theta === null || own.length === 1) {
          for (const s of own) shares[base + s] = (shares[base + s] as number) + weight;
          continue;
        }
        let total = 0;
        for (const s of own) total += theta[base + s] as number;
        if (total === 0) continue;
        for (const s of own)
          shares[base + s] =
            (shares[base + s] as number) + (weight * (theta[base + s] as number)) / total;
      }
      begin = end;
    }
  };
  accumulate(null);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const theta = new Float32Array(shares.length);
    for (let i = 0; i < shares.length; i++)
      theta[i] = (shares[i] as number) / (perSkill[i % S] as number);
    accumulate(theta);
  }

  const pointers = new Map<string, Pointer>();
  for (let t = 0; t < termTotal; t++) {
    const k = kept[t] as number;
    if (k < 0) continue;
    const n = df[t] as number;
    let bestSkill = -1;
    let bestShare = 0;
    for (let s = 0; s < S; s++) {
      const share = (shares[k * S + s] as number) / n;
      if (share > bestShare) {
        bestShare = share;
        bestSkill = s;
      }
    }
    if (bestSkill >= 0 && bestShare >= MIN_SHARE) {
      pointers.set(table.term(t), {
        skill: skills[bestSkill] as string,
        weight: Math.round(((bestShare * n) / (n + DAMPING)) * 1000) / 1000,
      });
    }
  }
  shares = new Float32Array(0);
  return new Vocabulary(pointers, {
    documents: records,
    terms: pointers.size,
    builtAt: new Date(),
    buildMs: Math.round(performance.now() - started),
  });
}
