import type { MatchExplanation } from '@qs/shared';
import { analyze, isLatinWord, normalize } from '../../lib/search';

/**
 * Weights of the explainable score. Skill coverage and sector decide the order (they are what the
 * need asks for); text, reputation, responsiveness and workload only order experts who cover the
 * need equally, so that a well-rated expert never outranks one who has the skills.
 */
export const WEIGHTS = {
  skills: 0.6,
  sector: 0.3,
  text: 0.04,
  reputation: 0.03,
  responsiveness: 0.015,
  workload: 0.015,
} as const;

export interface Candidate {
  skills: string[];
  sectors: string[];
  rating: { average: number; count: number };
  stats: { invitations: number; responseRate: number };
  activeCollaborations: number;
  availability: 'available' | 'limited' | 'unavailable';
}

export interface ScoreInput {
  needSkills: string[];
  /** Weight of each need skill (default 1): skills read only from a description count less. */
  skillWeights?: ReadonlyMap<string, number>;
  /** 0..1 (default 1): how sure the need's skills are; the text covers the rest of the doubt */
  certainty?: number;
  /** the profile's rank among the experts the need's words find, when certainty < 1 */
  textRank?: number;
  needSector: string;
  /** 0..1 text relevance of the expert's profile to the need's words */
  text: number;
}

/** Rank among the experts a need's words find at which that evidence has halved. */
const TEXT_RANK_SCALE = 20;

/** Ratings shrink toward a neutral prior until an expert has a few of them. */
const PRIOR_RATING = 3.5;
const PRIOR_WEIGHT = 2;

export function reputation(rating: { average: number; count: number }): number {
  return (
    (rating.average * rating.count + PRIOR_RATING * PRIOR_WEIGHT) /
    (rating.count + PRIOR_WEIGHT) /
    5
  );
}

export function scoreCandidate(
  candidate: Candidate,
  input: ScoreInput,
): {
  score: number;
  components: MatchExplanation['components'];
  matched: string[];
  missing: string[];
  sectorMatch: boolean;
} {
  const own = new Set(candidate.skills);
  const matched = input.needSkills.filter((s) => own.has(s));
  const missing = input.needSkills.filter((s) => !own.has(s));
  const sectorMatch = candidate.sectors.includes(input.needSector);
  const weight = (skill: string) => input.skillWeights?.get(skill) ?? 1;
  const totalWeight = input.needSkills.reduce((sum, skill) => sum + weight(skill), 0);
  const text = Math.max(0, Math.min(1, input.text));
  // With no skill to cover (none named, none inferred), the share of the need's words the
  // profile has is the only sign of the expertise asked for: it stands in for coverage, and
  // for the part of it that skills inferred without certainty leave in doubt.
  const certainty = totalWeight > 0 ? (input.certainty ?? 1) : 0;
  const coverage =
    totalWeight > 0 ? matched.reduce((sum, skill) => sum + weight(skill), 0) / totalWeight : 0;
  const components = {
    skills:
      certainty * coverage +
      (1 - certainty) *
        (input.textRank === undefined ? text : 1 / (1 + input.textRank / TEXT_RANK_SCALE)),
    sector: sectorMatch ? 1 : 0,
    text,
    reputation: reputation(candidate.rating),
    responsiveness: candidate.stats.invitations > 0 ? candidate.stats.responseRate : 0.5,
    workload:
      (1 / (1 + candidate.activeCollaborations)) * (candidate.availability === 'limited' ? 0.5 : 1),
  };
  const score = (Object.keys(WEIGHTS) as Array<keyof typeof WEIGHTS>).reduce(
    (sum, key) => sum + WEIGHTS[key] * components[key],
    0,
  );
  return { score: Math.round(score * 10_000) / 10_000, components, matched, missing, sectorMatch };
}

/**
 * Text relevance for one need: the share of the need's words (taxonomy terms whole) that a
 * profile's text contains. Prepared once per need and applied to every candidate; a substring
 * test instead of segmenting each profile keeps scoring hundreds of candidates within a
 * millisecond or two. Latin words must start a word ("ai" is not found in "maintain").
 */
export function textRelevance(needText: string): (profileText: string) => number {
  const tokens = [...new Set(analyze(needText).tokens)];
  if (tokens.length === 0) return () => 0;
  const tests = tokens.map((token) => {
    if (!isLatinWord(token)) return (text: string) => text.includes(token);
    const start = new RegExp(`(?<![a-z0-9])${token}`);
    return (text: string) => start.test(text);
  });
  return (profileText) => {
    const text = normalize(profileText);
    let shared = 0;
    for (const test of tests) if (test(text)) shared += 1;
    return shared / tests.length;
  };
}
