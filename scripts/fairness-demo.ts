/**
 * The demo data's fairness figures before and after the pool rules (issue 13 §1–2), by
 * simulation: every demo need with skills, in the order it was posted, engages the expert the
 * enterprise would rank first (skills covered, sector, then reputation) for 90 days. Without the
 * rules the best-reputed experts take nearly everything; with them, an expert at a load cap or in
 * rotation with the need's organization gives way to the next. Prints the top-10% share and
 * the Gini coefficient of each run, and the needs nobody within the rules could take.
 */
import { capacityLimit, rotationSince, beijingYear, type PoolRulesDto } from '@qs/shared';
import { suggestSkills } from '../server/src/modules/needs';
import { organizationNameKey } from '../server/src/modules/organizations';
import { DEFAULT_POOL_RULES } from '../server/src/modules/pool-rules';
import { buildDemoData } from '../server/src/seed/demo-data';
import { concentration } from '../server/src/modules/stats';

const ENGAGEMENT_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Engagement {
  organization: string;
  start: Date;
  end: Date;
}

function simulate(
  rules:
    | Pick<PoolRulesDto, 'maxActiveCollaborations' | 'maxEngagementsPerYear' | 'rotationDays'>
    | undefined,
) {
  const data = buildDemoData();
  const experts = data.experts.filter(
    (e) => e.verification.status === 'verified' && e.availability !== 'unavailable',
  );
  const history = new Map<string, Engagement[]>(experts.map((e) => [e.contact.email, []]));
  let unfilled = 0;
  const needs = [...data.needs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const need of needs) {
    const skills = need.requiredSkills.length
      ? need.requiredSkills
      : suggestSkills(need.title, need.description);
    if (!skills.length) continue;
    const at = need.createdAt;
    const organization = organizationNameKey(need.organization);
    const ranked = experts
      .map((expert) => {
        const covered = skills.filter((s) => expert.skills.includes(s)).length / skills.length;
        const score =
          0.6 * covered +
          0.3 * Number(expert.sectors.includes(need.sector)) +
          0.1 * (expert.rating.average / 5);
        return { expert, covered, score };
      })
      .filter(
        ({ expert, covered }) =>
          covered > 0 && organizationNameKey(expert.organization) !== organization,
      )
      .sort(
        (a, b) => b.score - a.score || a.expert.contact.email.localeCompare(b.expert.contact.email),
      );
    const chosen = ranked.find(({ expert }) => {
      if (!rules) return true;
      const past = history.get(expert.contact.email) ?? [];
      const load = {
        activeCollaborations: past.filter((e) => e.start <= at && e.end > at).length,
        engagementYear: beijingYear(at),
        engagements: past.filter((e) => beijingYear(e.start) === beijingYear(at)).length,
      };
      if (capacityLimit(load, rules, at)) return false;
      const since = rotationSince(rules, at);
      return !past.some((e) => e.organization === organization && e.end <= at && e.end >= since);
    });
    if (!chosen) {
      unfilled++;
      continue;
    }
    history.get(chosen.expert.contact.email)?.push({
      organization,
      start: at,
      end: new Date(at.getTime() + ENGAGEMENT_DAYS * DAY_MS),
    });
  }
  const counts = [...history.values()].map((engagements) => engagements.length);
  const { top10Share, gini } = concentration(counts);
  return {
    experts: counts.length,
    engagements: counts.reduce((sum, n) => sum + n, 0),
    unfilled,
    neverEngaged: counts.filter((n) => n === 0).length,
    top10Share,
    gini,
  };
}

const before = simulate(undefined);
const after = simulate(DEFAULT_POOL_RULES);
console.log('demo data, one engagement per need with skills (90 days each), best-ranked expert:');
console.log(
  `rules: at most ${DEFAULT_POOL_RULES.maxActiveCollaborations} ongoing, ` +
    `${DEFAULT_POOL_RULES.maxEngagementsPerYear} a year, rotation ${DEFAULT_POOL_RULES.rotationDays} days`,
);
console.table({ 'without the rules': before, 'with caps and rotation': after });
