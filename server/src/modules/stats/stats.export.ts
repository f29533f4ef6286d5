import ExcelJS from 'exceljs';
import { cityLabel, sectorName, skillName, type StatsFilterQuery } from '@qs/shared';
import { csvLine, guardFormula } from '../../lib/csv';
import { fairness } from './fairness';
import type { Lang } from '../../lib/i18n';
import { label, type LabelGroup } from '../../lib/i18n/labels';
import { crossCity, funnel, overview, skillsGap } from './stats.service';

type Row = [section: string, item: string, metric: string, value: number];

/** Which names a group's metrics take: a pool's, a status's… */

const metricGroups: Record<string, LabelGroup> = {
  'experts.pool': 'pool',
  'experts.verification': 'verification',
  'organizations.type': 'organizationType',
  'needs.kind': 'needKind',
  'needs.status': 'needStatus',
  'invitations.status': 'invitationStatus',
  'collaborations.status': 'collaborationStatus',
  'agreements.kind': 'agreementKind',
  'outcomes.kind': 'outcomeKind',
};

/**
 * The statistics in long form (a row per number), which Excel filters and pivots as it is, each
 * value named as a clerk reads it (青岛专家库, not `qingdao`) in the caller's language.
 */
async function statsRows(
  lang: Lang,
  query: StatsFilterQuery,
): Promise<{ header: string[]; rows: Row[] }> {
  const [summary, stages, gap, cities, fair] = await Promise.all([
    overview(query),
    funnel(query),
    skillsGap(query),
    crossCity(query),
    fairness(query),
  ]);
  const rows: Row[] = [];
  const section = (name: string) => label(lang, 'statsSection', name);
  const group = (
    name: string,
    item: string,
    values: Record<string, number>,
    nameOf = (metric: string) =>
      label(lang, metricGroups[`${name}.${item}`] ?? 'statsMetric', metric),
  ) => {
    for (const [metric, value] of Object.entries(values))
      rows.push([section(name), label(lang, 'statsItem', item), nameOf(metric), value]);
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
  group('outcomes', 'sector', outcomes.bySector, (sector) => sectorName(sector, lang));
  group('outcomes', 'city', outcomes.byCity, (city) => cityLabel(city, lang));
  for (const { stage, count } of stages.stages)
    rows.push([
      section('funnel'),
      label(lang, 'funnelStage', stage),
      label(lang, 'statsMetric', 'needs'),
      count,
    ]);
  for (const source of ['own', 'catalogue'] as const)
    for (const { stage, count } of stages.bySource[source])
      rows.push([
        section('funnel'),
        label(lang, 'funnelStage', stage),
        label(lang, 'statsMetric', `${source}Needs`),
        count,
      ]);
  for (const item of gap.items) {
    for (const metric of ['demand', 'supply', 'gap'] as const)
      rows.push([
        section('skillsGap'),
        skillName(item.skill, lang),
        label(lang, 'statsMetric', metric),
        item[metric],
      ]);
  }
  for (const cell of cities.items) {
    for (const metric of ['invitations', 'collaborations'] as const)
      rows.push([
        section('crossCity'),
        `${cityLabel(cell.city, lang)} × ${label(lang, 'pool', cell.pool)}`,
        label(lang, 'statsMetric', metric),
        cell[metric],
      ]);
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
      section('fairness'),
      `${label(lang, 'statsItem', 'lorenz')} ${Math.round(point.experts * 100)}%`,
      label(lang, 'statsMetric', 'engagements'),
      point.engagements,
    ]);
  }
  for (const [dimension, groups] of [
    ['pool', fair.byPool],
    ['title', fair.byTitle],
  ] as const) {
    for (const { key, ...values } of groups) {
      for (const [metric, value] of Object.entries(values))
        rows.push([
          section(`fairness.${dimension}`),
          dimension === 'pool' ? label(lang, 'pool', key) : key,
          label(lang, 'statsMetric', metric),
          value,
        ]);
    }
  }
  const header = (['section', 'item', 'metric', 'value'] as const).map((column) =>
    label(lang, 'statsHeader', column),
  );
  return { header, rows };
}

/** UTF-8 with a BOM and CRLF, so Excel opens the Chinese text; user-written text defused. */
export async function statsCsv(lang: Lang, query: StatsFilterQuery): Promise<string> {
  const { header, rows } = await statsRows(lang, query);
  return `\uFEFF${csvLine(header)}${rows
    .map(([section, item, metric, value]) =>
      csvLine([section, guardFormula(item), metric, String(value)]),
    )
    .join('')}`;
}

/** The same rows as a workbook: numbers stay numbers, the header stays in view. */
export async function statsXlsx(lang: Lang, query: StatsFilterQuery): Promise<Buffer> {
  const { header, rows } = await statsRows(lang, query);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === 'zh' ? '统计' : 'Statistics', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = header.map((name, index) => ({ header: name, width: index === 3 ? 12 : 24 }));
  sheet.getRow(1).font = { bold: true };
  // Cells are written as text, never as formulas: exceljs reads a formula only from `{formula}`.
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
