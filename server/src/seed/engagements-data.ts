/**
 * The alliance's past engagements (invitations and the collaborations that followed), so that the
 * fairness figures, response rates and load caps have a history to read. Deterministic: one random
 * stream, the needs in the order they were posted. Like any marketplace without rules, a few
 * well-known experts are asked again and again and many never: each expert has a standing (a
 * heavy-tailed draw) that weighs how often enterprises pick them, and a responsiveness that
 * decides whether they answer. With pool rules, an expert at a load cap or in rotation with the
 * organization is passed over for the next, as the platform does now (scripts/fairness-demo.ts).
 */
import { beijingYear, capacityLimit, rotationSince, type PoolRulesDto } from '@qs/shared';
import { analyze } from '../lib/search/analyzer';
import { organizationNameKey } from '../modules/organizations';
import type { DemoExpert } from './experts-data';
import type { DemoNeed } from './needs-data';
import { Random } from './random';

/** The history ends a little before the demo's "now" (the profiles' confirmations end 2026-11-25). */
export const HISTORY_END = new Date('2026-11-20T00:00:00+08:00');
const INVITATION_DAYS = 7;
/** An expert's standing is 1 / (1 − 0.985·u)^1.25: most near 1, one in a hundred above 50. */
const FAME_SPREAD = 0.985;
const FAME_TAIL = 1.25;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export type EngagementRules = Pick<
  PoolRulesDto,
  'maxActiveCollaborations' | 'maxEngagementsPerYear' | 'rotationDays'
>;

export interface DemoEngagement {
  needSeedKey: string;
  /** the need's organization, by name */
  organization: string;
  expertEmail: string;
  invitedAt: Date;
  expiresAt: Date;
  status: 'accepted' | 'declined' | 'expired';
  respondedAt?: Date;
  responseHours?: number;
  collaboration?: {
    status: 'active' | 'completed' | 'cancelled';
    startedAt: Date;
    endedAt?: Date;
  };
}

interface Standing {
  expert: DemoExpert;
  /** how strongly enterprises are drawn to this expert: heavy-tailed */
  weight: number;
  /** the chance of answering an invitation at all */
  responsiveness: number;
  taken: { organization: string; start: Date; end: Date }[];
}

const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

function isActiveAt(e: { start: Date; end: Date }, at: Date) {
  return e.start <= at && e.end > at;
}

/**
 * Every past invitation of the demo, oldest first. `exclude` names the experts (by contact email)
 * and organizations (by name) kept out, so that the demo accounts start with a clean slate.
 */
export function demoEngagements(
  experts: DemoExpert[],
  needs: DemoNeed[],
  options: { rules?: EngagementRules; exclude?: { experts: string[]; organizations: string[] } },
): DemoEngagement[] {
  const rng = new Random(20_260_101);
  const excludedExperts = new Set(options.exclude?.experts ?? []);
  const excludedOrganizations = new Set(options.exclude?.organizations ?? []);
  const standings: Standing[] = experts
    .filter(
      (e) =>
        e.verification.status === 'verified' &&
        e.availability !== 'unavailable' &&
        !excludedExperts.has(e.contact.email),
    )
    .map((expert) => {
      // A Pareto-like standing: most near 1, a few far above; seniority and rating add to it.
      const fame = 1 / Math.pow(1 - rng.next() * FAME_SPREAD, FAME_TAIL);
      return {
        expert,
        weight: fame * (0.6 + expert.rating.average / 10),
        responsiveness: 0.45 + 0.5 * rng.next(),
        taken: [],
      };
    });
  // Needs under way or done; of the catalogue's scenarios only those taken up (in progress): the
  // closed ones aged out of the 2021 release unstaffed.
  const taken = needs
    .filter(
      (n) =>
        (n.status === 'in_progress' || (n.status === 'closed' && n.kind !== 'scenario')) &&
        !excludedOrganizations.has(n.organization),
    )
    .map((need) => {
      // Take-up grows as the platform is adopted: later years see more of it.
      const span = HISTORY_END.getTime() - need.createdAt.getTime();
      const at = new Date(need.createdAt.getTime() + Math.sqrt(rng.next()) * span);
      return {
        need,
        at,
        invitations: rng.int(2, 4),
        rolls: Array.from({ length: 12 }, () => rng.next()),
      };
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  const engagements: DemoEngagement[] = [];
  for (const { need, at, invitations, rolls } of taken) {
    // The skills the text names, not what a learned vocabulary infers: a second seeding, after
    // the vocabulary is learned, must find the same history.
    const skills = need.requiredSkills.length
      ? need.requiredSkills
      : analyze(`${need.title}\n${need.description}`).skillIds;
    const organization = organizationNameKey(need.organization);
    const candidates = standings.filter(
      (s) =>
        organizationNameKey(s.expert.organization) !== organization &&
        skills.some((skill) => s.expert.skills.includes(skill)) &&
        admits(s, organization, at, options.rules),
    );
    let roll = 0;
    const next = () => rolls[roll++ % rolls.length] ?? 0.5;
    const invited = weightedPicks(candidates, invitations, next);
    for (const standing of invited) {
      const { expert } = standing;
      const expiresAt = addDays(at, INVITATION_DAYS);
      const answers = next() < standing.responsiveness;
      const base = {
        needSeedKey: need.seedKey,
        organization: need.organization,
        expertEmail: expert.contact.email,
        invitedAt: at,
        expiresAt,
      };
      if (!answers) {
        engagements.push({ ...base, status: 'expired' });
        continue;
      }
      const responseHours = Math.max(1, Math.round(Math.pow(next(), 2) * 96));
      const respondedAt = new Date(at.getTime() + responseHours * HOUR_MS);
      if (next() < 0.4 || !admits(standing, organization, respondedAt, options.rules)) {
        engagements.push({ ...base, status: 'declined', respondedAt, responseHours });
        continue;
      }
      const days = 30 + Math.round(next() * 120);
      const end = addDays(respondedAt, days);
      const ongoing = end > HISTORY_END;
      const cancelled = !ongoing && next() < 0.1;
      standing.taken.push({
        organization,
        start: respondedAt,
        end: ongoing ? new Date(8.64e15) : end,
      });
      engagements.push({
        ...base,
        status: 'accepted',
        respondedAt,
        responseHours,
        collaboration: ongoing
          ? { status: 'active', startedAt: respondedAt }
          : { status: cancelled ? 'cancelled' : 'completed', startedAt: respondedAt, endedAt: end },
      });
    }
  }
  return engagements;
}

/** Whether the pool rules let the organization engage the expert at that moment (none: always). */
function admits(s: Standing, organization: string, at: Date, rules?: EngagementRules): boolean {
  if (!rules) return true;
  const year = beijingYear(at);
  const load = {
    activeCollaborations: s.taken.filter((e) => isActiveAt(e, at)).length,
    engagementYear: year,
    engagements: s.taken.filter((e) => beijingYear(e.start) === year).length,
  };
  if (capacityLimit(load, rules, at)) return false;
  const since = rotationSince(rules, at);
  return !s.taken.some((e) => e.organization === organization && e.end <= at && e.end >= since);
}

/** `count` distinct candidates, each picked with a chance proportional to its weight. */
function weightedPicks(candidates: Standing[], count: number, next: () => number): Standing[] {
  const left = [...candidates];
  const picked: Standing[] = [];
  while (picked.length < count && left.length > 0) {
    const total = left.reduce((sum, s) => sum + s.weight, 0);
    let target = next() * total;
    const index = left.findIndex((s) => (target -= s.weight) <= 0);
    const [chosen] = left.splice(index < 0 ? left.length - 1 : index, 1);
    if (chosen) picked.push(chosen);
  }
  return picked;
}

/** The experts' counters as their history gives them: invitations, answers, ongoing work, this year's engagements. */
export function withTrackRecords(
  experts: DemoExpert[],
  engagements: DemoEngagement[],
  now: Date = HISTORY_END,
): DemoExpert[] {
  const byExpert = new Map<string, DemoEngagement[]>();
  for (const e of engagements)
    byExpert.set(e.expertEmail, [...(byExpert.get(e.expertEmail) ?? []), e]);
  const year = beijingYear(now);
  return experts.map((expert) => {
    const history = byExpert.get(expert.contact.email);
    // Counters come from the history alone, so that what the platform shows adds up.
    if (!history)
      return {
        ...expert,
        stats: { invitations: 0, responded: 0, responseRate: 0 },
        activeCollaborations: 0,
      };
    const hours = history
      .flatMap((e) => (e.responseHours ? [e.responseHours] : []))
      .sort((a, b) => a - b);
    const responded = hours.length;
    const started = history.flatMap((e) => (e.collaboration ? [e.collaboration] : []));
    const thisYear = started.filter((c) => beijingYear(c.startedAt) === year).length;
    return {
      ...expert,
      stats: {
        invitations: history.length,
        responded,
        responseRate: Math.round((responded / history.length) * 100) / 100,
        ...(responded ? { medianResponseHours: hours[Math.floor((responded - 1) / 2)] ?? 0 } : {}),
      },
      activeCollaborations: started.filter((c) => c.status === 'active').length,
      ...(thisYear ? { engagements: { year, count: thisYear } } : {}),
    };
  });
}
