import { Types } from 'mongoose';
import { taxonomy, type Actor, type MatchItem, type MatchQuery, type Pool } from '@qs/shared';
import { analyze, type SearchEngine, type SearchFilters } from '../../lib/search';
import { currentVocabulary, type InferredSkill } from '../../lib/vocabulary';
import {
  findExperts,
  poolsVisibleToOrganization,
  presentExpertFor,
  worksAt,
  type ExpertRecord,
} from '../experts';
import { loadNeed, recordMatched, type NeedRecord } from '../needs';
import { findOrganization } from '../organizations';
import type { Lang } from '../../lib/language';
import { reasons } from './reasons';
import { scoreCandidate, textRelevance } from './scoring';

/** How many candidates retrieval hands to scoring: enough to re-rank, few enough to stay fast. */
const RETRIEVAL_WINDOW = 300;

const skillZh = new Map(taxonomy.skills.map((s) => [s.id, s.zh]));
const sectorZh = new Map(taxonomy.sectors.map((s) => [s.id, s.zh]));

export interface NeedSkills {
  skills: string[];
  source: 'required' | 'suggested';
  weights: ReadonlyMap<string, number>;
  /** skills of `skills` that the text does not name but its words point to */
  inferred: InferredSkill[];
}

/** Weight of a skill read only from the description when the title names others: supporting, not core. */
const SUPPORTING_WEIGHT = 0.25;
/** An inferred skill beside skills the text names: the words may only describe the setting. */
const INFERRED_BESIDE_NAMED = 0.5;

/**
 * Required skills when the need has them (all equal), else those read from its text: named by
 * their taxonomy terms, and inferred from its words by the learned vocabulary, weighed by how
 * sure the inference is. A title states what the need is about, so when it names skills, skills
 * found only in the description (often the kind of engagement rather than the expertise asked
 * for) weigh less.
 */
export function skillsOf(need: NeedRecord): NeedSkills {
  if (need.requiredSkills.length) {
    return { skills: need.requiredSkills, source: 'required', weights: new Map(), inferred: [] };
  }
  const text = `${need.title}\n${need.description}`;
  const named = analyze(text).skillIds;
  const inferred = currentVocabulary()
    .infer(text)
    .filter((skill) => !named.includes(skill.skill));
  const core = new Set(analyze(need.title).skillIds.filter((id) => named.includes(id)));
  const weights = new Map<string, number>(
    core.size
      ? named.filter((id) => !core.has(id)).map((id) => [id, SUPPORTING_WEIGHT] as const)
      : [],
  );
  for (const skill of inferred) {
    weights.set(skill.skill, skill.confidence * (named.length ? INFERRED_BESIDE_NAMED : 1));
  }
  return {
    skills: [...named, ...inferred.map((skill) => skill.skill)],
    source: 'suggested',
    weights,
    inferred,
  };
}

/** Who may be matched to this need at all: verified, available, visible, and not from its organization. */
export async function qualificationFilters(
  need: NeedRecord,
  pools?: Pool[],
): Promise<SearchFilters> {
  const visible = await poolsVisibleToOrganization(need.organizationId.toString());
  return {
    verified: true,
    availability: ['available', 'limited'],
    pool: pools ? pools.filter((p) => visible.includes(p)) : visible,
    excludeOrganizationIds: [need.organizationId.toString()],
  };
}

async function needOrganization(need: NeedRecord): Promise<{ _id: Types.ObjectId; name?: string }> {
  const org = await findOrganization(need.organizationId);
  return { _id: need.organizationId, ...(org ? { name: org.name } : {}) };
}

/** The database re-checks what the index said: it may lag a write by a moment. */
function stillQualifies(
  expert: ExpertRecord,
  filters: SearchFilters,
  organization: { _id: Types.ObjectId; name?: string },
): boolean {
  return (
    expert.verification.status === 'verified' &&
    expert.availability !== 'unavailable' &&
    expert.pool !== undefined &&
    (filters.pool ?? []).includes(expert.pool) &&
    !worksAt(expert, organization)
  );
}

export interface Retrieval {
  need: NeedRecord;
  skills: NeedSkills;
  filters: SearchFilters;
  candidates: ExpertRecord[];
}

/** Retrieval: the engine finds experts with any of the skills, best covered first, within the rules. */
export async function retrieve(
  need: NeedRecord,
  search: SearchEngine,
  pools?: Pool[],
  window = RETRIEVAL_WINDOW,
): Promise<Retrieval> {
  const skills = skillsOf(need);
  const filters = await qualificationFilters(need, pools);
  const terms = skills.skills.map((id) => skillZh.get(id) ?? id);
  const sector = sectorZh.get(need.sector);
  const result = await search.searchExperts({
    ...(skills.skills.length
      ? { anyOf: [...terms, ...(sector ? [sector] : [])] }
      : { q: `${need.title} ${need.description}` }),
    filters: skills.skills.length ? { ...filters, skills: skills.skills } : filters,
    limit: window,
  });
  const ids = result.hits.map((hit) => new Types.ObjectId(hit.id));
  const records = await findExperts(ids);
  const organization = await needOrganization(need);
  return {
    need,
    skills,
    filters,
    candidates: records.filter((e) => stillQualifies(e, filters, organization)),
  };
}

export interface MatchOptions {
  search: SearchEngine;
  lang: Lang;
}

/** Retrieval, then an explainable score over the candidates only; best first. */
export async function matchNeed(
  actor: Actor,
  needId: string,
  query: MatchQuery,
  options: MatchOptions,
) {
  const need = await loadNeed(actor, needId, 'needs:match');
  const { skills, candidates } = await retrieve(need, options.search, query.pool);
  const relevance = textRelevance(`${need.title} ${need.description}`);
  const scored = candidates
    .map((expert) => ({
      expert,
      result: scoreCandidate(expert, {
        needSkills: skills.skills,
        skillWeights: skills.weights,
        needSector: need.sector,
        text: relevance(`${expert.title} ${expert.bio}`),
      }),
    }))
    .sort(
      (a, b) =>
        b.result.score - a.result.score ||
        a.expert._id.toString().localeCompare(b.expert._id.toString()),
    )
    .slice(0, query.limit);
  const items: MatchItem[] = await Promise.all(
    scored.map(async ({ expert, result }) => ({
      expert: await presentExpertFor(actor, expert),
      score: result.score,
      explanation: {
        matchedSkills: result.matched,
        missingSkills: result.missing,
        sectorMatch: result.sectorMatch,
        ...(expert.pool ? { pool: expert.pool } : {}),
        city: expert.city,
        rating: { average: expert.rating.average, count: expert.rating.count },
        activeCollaborations: expert.activeCollaborations,
        components: result.components,
        reasons: reasons({
          matched: result.matched,
          missing: result.missing,
          sector: need.sector,
          sectorMatch: result.sectorMatch,
          pool: expert.pool,
          city: expert.city,
          rating: expert.rating,
          activeCollaborations: expert.activeCollaborations,
          talentEnclave: expert.collaborationModes.includes('talent-enclave'),
          inferred: skills.inferred,
          lang: options.lang,
        }),
      },
    })),
  );
  if (items.length > 0) await recordMatched(need);
  return {
    items,
    skills: skills.skills,
    skillsSource: skills.source,
    inferredSkills: skills.inferred,
  };
}
