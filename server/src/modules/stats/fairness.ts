import { pools, type StatsFairness, type StatsFilterQuery } from '@qs/shared';
import { collaborationFacts } from '../collaborations';
import { verifiedExpertFigures, type ExpertFigures } from '../experts';
import { answeringNeeds, rangeOf, scopeOf } from './stats.scope';

/** Titles shown one by one; the rest are summed as `(other)`. */
const TITLES_SHOWN = 12;
export const NO_TITLE = '(none)';
export const OTHER_TITLES = '(other)';

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * How concentrated the counts are: the share held by the top 10% (at least one), the Gini
 * coefficient, and the Lorenz curve at every 5% of the population (least engaged first).
 */
export function concentration(
  counts: readonly number[],
): Pick<StatsFairness, 'top10Share' | 'gini' | 'lorenz'> {
  const sorted = [...counts].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  if (n === 0 || total === 0) {
    return {
      top10Share: 0,
      gini: 0,
      lorenz: Array.from({ length: 21 }, (_, i) => ({ experts: i / 20, engagements: i / 20 })),
    };
  }
  const top = Math.max(1, Math.ceil(n / 10));
  const topSum = sorted.slice(n - top).reduce((sum, value) => sum + value, 0);
  const weighted = sorted.reduce((sum, value, i) => sum + (i + 1) * value, 0);
  const gini = (2 * weighted) / (n * total) - (n + 1) / n;
  const prefix = [0];
  for (const value of sorted) prefix.push((prefix.at(-1) ?? 0) + value);
  // The curve is piecewise linear between whole experts.
  const held = (share: number) => {
    const at = n * share;
    const whole = Math.min(Math.floor(at), n);
    return (prefix[whole] ?? total) + (at - whole) * (sorted[whole] ?? 0);
  };
  const lorenz = Array.from({ length: 21 }, (_, i) => ({
    experts: i / 20,
    engagements: round(held(i / 20) / total),
  }));
  return { top10Share: round(topSum / total), gini: round(Math.max(0, gini)), lorenz };
}

function groupFigures(key: string, experts: ExpertFigures[], engagements: Map<string, number>) {
  const count = (e: ExpertFigures) => engagements.get(e.id) ?? 0;
  const invitations = experts.reduce((sum, e) => sum + e.invitations, 0);
  const responded = experts.reduce((sum, e) => sum + Math.min(e.responded, e.invitations), 0);
  return {
    key,
    experts: experts.length,
    engaged: experts.filter((e) => count(e) > 0).length,
    engagements: experts.reduce((sum, e) => sum + count(e), 0),
    invitations,
    responded,
    responseRate: invitations ? round(responded / invitations) : 0,
  };
}

/** Engagements (collaborations started, whatever became of them) per expert. */
function countByExpert(rows: { expertId: { toString(): string } }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { expertId } of rows)
    counts.set(expertId.toString(), (counts.get(expertId.toString()) ?? 0) + 1);
  return counts;
}

/**
 * The fairness figures over the verified experts (of the sector, if one is given): who gets the
 * engagements started in the range for needs in the city and sector. Invitations and answers per
 * group are the experts' running counters, whatever the filters.
 */
export async function fairness(query: StatsFilterQuery): Promise<StatsFairness> {
  const scope = await scopeOf(query);
  const [experts, collaborations] = await Promise.all([
    verifiedExpertFigures(scope.sector ? { sector: scope.sector } : {}),
    collaborationFacts(rangeOf(scope)),
  ]);
  const engagements = countByExpert(answeringNeeds(scope, collaborations));
  const counts = experts.map((e) => engagements.get(e.id) ?? 0);
  const byTitle = new Map<string, ExpertFigures[]>();
  for (const expert of experts) {
    const key = expert.title || NO_TITLE;
    byTitle.set(key, [...(byTitle.get(key) ?? []), expert]);
  }
  const titles = [...byTitle.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const rest = titles.slice(TITLES_SHOWN).flatMap(([, group]) => group);
  return {
    experts: experts.length,
    engagements: counts.reduce((sum, value) => sum + value, 0),
    ...concentration(counts),
    neverEngaged: counts.filter((value) => value === 0).length,
    byPool: pools.map((pool) =>
      groupFigures(
        pool,
        experts.filter((e) => e.pool === pool),
        engagements,
      ),
    ),
    byTitle: [
      ...titles.slice(0, TITLES_SHOWN).map(([key, group]) => groupFigures(key, group, engagements)),
      ...(rest.length ? [groupFigures(OTHER_TITLES, rest, engagements)] : []),
    ],
    generatedAt: new Date().toISOString(),
  };
}
