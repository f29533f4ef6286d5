import { csvLine, guardFormula } from '../../lib/csv';
import { fairness } from './fairness';
import { crossCity, funnel, overview, skillsGap } from './stats.service';

const HEADER = ['分类 section', '项目 item', '指标 metric', '数值 value'];

/**
 * The statistics as one CSV in long form (a row per number), which Excel filters and pivots as
 * it is: UTF-8 with a BOM and CRLF, user-written text defused.
 */
export async function statsCsv(): Promise<string> {
  const [summary, stages, gap, cities, fair] = await Promise.all([
    overview(),
    funnel({}),
    skillsGap(),
    crossCity(),
    fairness(),
  ]);
  const rows: Array<[string, string, string, number]> = [];
  const group = (section: string, item: string, values: Record<string, number>) => {
    for (const [metric, value] of Object.entries(values)) rows.push([section, item, metric, value]);
  };
  const { experts, organizations, needs, invitations, collaborations, agreements } = summary;
  group('experts', 'total', { total: experts.total, verified: experts.verified });
  group('experts', 'pool', experts.byPool);
  group('experts', 'verification', experts.byVerification);
  group('organizations', 'total', {
    total: organizations.total,
    allianceMembers: organizations.allianceMembers,
  });
  group('organizations', 'type', organizations.byType);
  group('needs', 'kind', needs.byKind);
  group('needs', 'status', needs.byStatus);
  const { acceptanceRate, medianResponseHours, ...invitationCounts } = invitations;
  group('invitations', 'status', invitationCounts);
  group('invitations', 'rates', {
    acceptanceRate,
    ...(medianResponseHours !== undefined ? { medianResponseHours } : {}),
  });
  group('collaborations', 'status', collaborations.byStatus);
  group('collaborations', 'crossCity', { crossCity: collaborations.crossCity });
  group('agreements', 'kind', agreements.byKind);
  const { outcomes } = summary;
  group('outcomes', 'total', {
    total: outcomes.total,
    hoursSpent: outcomes.hoursSpent,
    withFile: outcomes.withFile,
  });
  group('outcomes', 'kind', outcomes.byKind);
  group('outcomes', 'sector', outcomes.bySector);
  group('outcomes', 'city', outcomes.byCity);
  for (const { stage, count } of stages.stages) rows.push(['funnel', stage, 'needs', count]);
  for (const item of gap.items) {
    group('skillsGap', `${item.zh} (${item.skill})`, {
      demand: item.demand,
      supply: item.supply,
      gap: item.gap,
    });
  }
  for (const cell of cities.items) {
    group('crossCity', `${cell.city} × ${cell.pool}`, {
      invitations: cell.invitations,
      collaborations: cell.collaborations,
    });
  }
  group('fairness', 'concentration', {
    experts: fair.experts,
    engagements: fair.engagements,
    top10Share: fair.top10Share,
    gini: fair.gini,
    neverEngaged: fair.neverEngaged,
  });
  for (const point of fair.lorenz) {
    rows.push([
      'fairness',
      `lorenz ${Math.round(point.experts * 100)}%`,
      'engagements',
      point.engagements,
    ]);
  }
  for (const [dimension, groups] of [
    ['pool', fair.byPool],
    ['title', fair.byTitle],
  ] as const) {
    for (const { key, ...values } of groups) group(`fairness.${dimension}`, key, values);
  }
  return `\uFEFF${csvLine(HEADER)}${rows
    .map(([section, item, metric, value]) =>
      csvLine([section, guardFormula(item), metric, String(value)]),
    )
    .join('')}`;
}
