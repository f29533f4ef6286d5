import { taxonomy, type Actor, type MatchItem, type MatchQuery, type Pool } from '@qs/shared';
import {
  analyze,
  type ExpertDoc,
  type ExpertHit,
  type SearchEngine,
  type SearchFilters,
} from '../../lib/search';
import { inferSkills, type InferredSkill } from '../../lib/vocabulary';
import { agreedCertainty } from './agreement';
import { findExperts, presentExpertsFor, toExpertDoc, type ExpertRecord } from '../experts';
import { recordMatched, type NeedRecord } from '../needs';
import { invitationsOfNeed } from '../invitation-store';
import { eligibilityFor, type Eligibility } from './eligibility';
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
  /**
   * 0..1: how sure the skills are (1 when required or named; else the surest inference). Below 1
   * the need's own words share the coverage score and retrieval also asks for them.
   */
  certainty: number;
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
export async function skillsOf(need: NeedRecord): Promise<NeedSkills> {
  if (need.requiredSkills.length) {
    return {
      skills: need.requiredSkills,
      source: 'required',
      weights: new Map(),
      inferred: [],
      certainty: 1,
    };
  }
  const text = `${need.title}\n${need.description}`;
  const named = analyze(text).skillIds;
  const inferred = (await inferSkills(text)).filter((skill) => !named.includes(skill.skill));
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
    certainty: named.length ? 1 : Math.max(0, ...inferred.map((skill) => skill.confidence)),
  };
}

/**
 * The retrieval query: experts with any of the skills, best covered first, within the rules.
 * Skills only inferred, and not surely, may be wrong: the experts the need's words find join them
 * (half of the window each), so that scoring can rank those the text points to.
 */
async function searchCandidates(
  need: NeedRecord,
  skills: NeedSkills,
  filters: SearchFilters,
  search: SearchEngine,
  options: { window: number; withDocs: boolean; skillsOnly?: boolean },
): Promise<{ hits: ExpertHit[]; textRanks?: Map<string, number> }> {
  const text = () =>
    search.searchExperts({
      q: `${need.title} ${need.description}`,
      filters,
      limit: options.window,
      withDocs: options.withDocs,
    });
  if (!skills.skills.length) return text();
  const terms = skills.skills.map((id) => skillZh.get(id) ?? id);
  const sector = sectorZh.get(need.sector);
  const bySkills = search.searchExperts({
    anyOf: [...terms, ...(sector ? [sector] : [])],
    filters: { ...filters, skills: skills.skills },
    limit: options.window,
    withDocs: options.withDocs,
  });
  if (skills.certainty >= 1 || options.skillsOnly) return bySkills;
  const [skilled, worded] = await Promise.all([bySkills, text()]);
  const half = Math.ceil(options.window / 2);
  const hits = [...skilled.hits.slice(0, half)];
  const seen = new Set(hits.map((hit) => hit.id));
  for (const hit of [...worded.hits, ...skilled.hits.slice(half)]) {
    if (hits.length >= options.window) break;
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    hits.push(hit);
  }
  return { hits, textRanks: new Map(worded.hits.map((hit, rank) => [hit.id, rank])) };
}

export interface Retrieval {
  need: NeedRecord;
  skills: NeedSkills;
  filters: SearchFilters;
  candidates: ExpertRecord[];
  eligibility: Eligibility;
}

/**
 * Retrieval with every candidate's record, re-checked by the database (for draws): a draw's
 * candidates are those with one of the need's skills, however surely they were inferred.
 */
export async function retrieve(
  need: NeedRecord,
  search: SearchEngine,
  pools?: Pool[],
  window = RETRIEVAL_WINDOW,
): Promise<Retrieval> {
  const skills = await skillsOf(need);
  const eligibility = await eligibilityFor(need, pools);
  const { filters } = eligibility;
  const result = await searchCandidates(need, skills, filters, search, {
    window,
    withDocs: false,
    skillsOnly: true,
  });
  const records = await findExperts(result.hits.map((hit) => hit.id));
  return {
    need,
    skills,
    filters,
    candidates: records.filter((e) => eligibility.admitsRecord(e)),
    eligibility,
  };
}

/**
 * The retrieved experts as the index holds them, within the rules. A hit without its document
 * (an engine that keeps none, or a document indexed before a field existed) is read from the
 * database instead.
 */
async function indexedCandidates(
  need: NeedRecord,
  skills: NeedSkills,
  eligibility: Eligibility,
  search: SearchEngine,
): Promise<{ docs: ExpertDoc[]; textRanks?: Map<string, number> }> {
  const { hits, textRanks } = await searchCandidates(need, skills, eligibility.filters, search, {
    window: RETRIEVAL_WINDOW,
    withDocs: true,
  });
  const missing = hits.filter((hit) => !hit.doc).map((hit) => hit.id);
  const read = missing.length
    ? new Map((await findExperts(missing)).map((e) => [e._id.toString(), toExpertDoc(e)]))
    : new Map<string, ExpertDoc>();
  const docs = hits
    .map((hit) => hit.doc ?? read.get(hit.id))
    .filter((doc): doc is ExpertDoc => !!doc && eligibility.admitsDoc(doc));
  return { docs, ...(textRanks ? { textRanks } : {}) };
}

/**
 * The records of the first `limit` ranked candidates that the database confirms, in rank order:
 * a candidate the index still holds after a change that disqualified it gives way to the next.
 */
async function confirmedPage<T extends { doc: ExpertDoc }>(
  ranked: T[],
  limit: number,
  eligibility: Eligibility,
): Promise<Array<T & { record: ExpertRecord }>> {
  const page: Array<T & { record: ExpertRecord }> = [];
  let next = 0;
  while (page.length < limit && next < ranked.length) {
    const batch = ranked.slice(next, next + limit - page.length);
    next += batch.length;
    const records = new Map(
      (await findExperts(batch.map((item) => item.doc.id))).map((e) => [e._id.toString(), e]),
    );
    for (const item of batch) {
      const record = records.get(item.doc.id);
      if (record && eligibility.admitsRecord(record)) page.push({ ...item, record });
    }
  }
  return page;
}

/** Everyone invited to the need, in any state: the same pair is never invited twice. */
async function invitedExperts(need: NeedRecord): Promise<Set<string>> {
  const invitations = await invitationsOfNeed(need._id);
  return new Set(invitations.map((invitation) => invitation.expertId.toString()));
}

export interface MatchOptions {
  search: SearchEngine;
  lang: Lang;
}

/** Retrieval, then an explainable score over the candidates only; best first. */
export async function matchNeed(
  actor: Actor,
  need: NeedRecord,
  query: MatchQuery,
  options: MatchOptions,
) {
  const skills = await skillsOf(need);
  const eligibility = await eligibilityFor(need, query.pool);
  const { docs: candidates, textRanks } = await indexedCandidates(
    need,
    skills,
    eligibility,
    options.search,
  );
  const relevance = textRelevance(`${need.title} ${need.description}`);
  const certainty = agreedCertainty(skills, candidates, textRanks);
  const ranked = candidates
    .map((doc) => ({
      doc,
      result: scoreCandidate(
        {
          skills: doc.skills,
          sectors: doc.sectors,
          rating: { average: doc.rating, count: doc.ratingCount },
          stats: { invitations: doc.invitations, responseRate: doc.responseRate },
          activeCollaborations: doc.activeCollaborations,
          availability: doc.availability,
        },
        {
          needSkills: skills.skills,
          skillWeights: skills.weights,
          certainty,
          needSector: need.sector,
          text: relevance(`${doc.title} ${doc.bio}`),
          ...(textRanks ? { textRank: textRanks.get(doc.id) ?? Infinity } : {}),
        },
      ),
    }))
    .map((item) => ({ ...item, atCapacity: eligibility.capacityOf(item.doc) }))
    // Experts at a load cap stay in the list, after all who may still take the work; the demo's
    // sample profiles come after real people, whom an enterprise can actually engage.
    .sort(
      (a, b) =>
        Number(a.atCapacity !== undefined) - Number(b.atCapacity !== undefined) ||
        Number(a.doc.sample) - Number(b.doc.sample) ||
        b.result.score - a.result.score ||
        a.doc.id.localeCompare(b.doc.id),
    );
  const invited = query.notInvited ? await invitedExperts(need) : undefined;
  const shown = await confirmedPage(
    invited ? ranked.filter((item) => !invited.has(item.doc.id)) : ranked,
    query.limit,
    eligibility,
  );
  const experts = await presentExpertsFor(
    actor,
    shown.map((item) => item.record),
  );
  const items: MatchItem[] = shown.map(({ record: expert, result, atCapacity }, i) => ({
    expert: experts[i] as MatchItem['expert'],
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
        ...(atCapacity ? { atCapacity, rules: eligibility.rules } : {}),
      }),
      ...(atCapacity ? { atCapacity } : {}),
    },
  }));
  if (items.length > 0) await recordMatched(need);
  return {
    items,
    skills: skills.skills,
    skillsSource: skills.source,
    inferredSkills: skills.inferred,
  };
}
