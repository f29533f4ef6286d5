import { semanticSkills, type SemanticSkill } from '../semantic';
import { currentVocabulary } from './current';
import { MAX_SKILLS, type InferredSkill } from './vocabulary';

/** How much of a semantic share adds to a skill's confidence (independent evidence, noisy-or). */
const SEMANTIC_WEIGHT = 0.8;
/** A clause shown as the words behind a skill is cut to this many characters. */
const MAX_CLAUSE_CHARS = 20;

/**
 * The skills a text points to, by its words (the learned vocabulary) and by its meaning (the
 * embedding model against the glossary's problems): two independent readings, so a skill either
 * finds gains confidence as in a noisy-or. The words shown are the text's own: those the
 * vocabulary matched, else the clause that reads like the skill's problems.
 */
export async function inferSkills(text: string): Promise<InferredSkill[]> {
  const lexical = currentVocabulary().infer(text);
  return fuse(lexical, await semanticSkills(text));
}

export function fuse(lexical: InferredSkill[], semantic: SemanticSkill[]): InferredSkill[] {
  const out = new Map(lexical.map((inferred) => [inferred.skill, { ...inferred }]));
  for (const { skill, share, clause } of semantic) {
    const inferred = out.get(skill) ?? { skill, confidence: 0, words: [] };
    inferred.confidence = 1 - (1 - inferred.confidence) * (1 - SEMANTIC_WEIGHT * share);
    if (!inferred.words.length) inferred.words = [shortened(clause)];
    out.set(skill, inferred);
  }
  return [...out.values()]
    .sort((a, b) => b.confidence - a.confidence || a.skill.localeCompare(b.skill))
    .slice(0, MAX_SKILLS);
}

function shortened(clause: string): string {
  return clause.length > MAX_CLAUSE_CHARS ? `${clause.slice(0, MAX_CLAUSE_CHARS)}…` : clause;
}
