import {
  StatsDayModel,
  StatsMonthModel,
  type SeriesName,
  type StatsMonthRecord,
} from './stats-day.model';
import { dayCounts, type Cells, type DailyCell, type DayCount } from './stats.days.cells';

/* What the figures read: whole months from the months, the days at a range's edges. */

const nextMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};

/**
 * Where a range of days (`YYYY-MM-DD`, [from, to), either end open) is read: the whole months
 * inside it from the months, the days before the first and after the last from the days.
 */
function partsOf(range: { from?: string; to?: string }) {
  const first = range.from
    ? range.from.endsWith('-01')
      ? range.from.slice(0, 7)
      : nextMonth(range.from.slice(0, 7))
    : undefined;
  const end = range.to?.slice(0, 7);
  if (first && end && first >= end) return { days: [dayRange(range.from, range.to)] };
  return {
    months: {
      ...(first ? { $gte: first } : {}),
      ...(end ? { $lt: end } : {}),
    },
    days: [
      ...(range.from && first ? [dayRange(range.from, `${first}-01`)] : []),
      ...(range.to && end ? [dayRange(`${end}-01`, range.to)] : []),
    ],
  };
}

function dayRange(from: string | undefined, to: string | undefined) {
  return { day: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } };
}

/** A range that holds no day asks nothing (a query would still scan every day). */
const holdsDays = ({ day }: ReturnType<typeof dayRange>) =>
  !day.$gte || !day.$lt || day.$gte < day.$lt;

async function readParts<S extends SeriesName>(
  series: S[],
  range: { from?: string; to?: string },
  field: 'summary' | 'daily',
) {
  const parts = partsOf(range);
  const dayRanges = parts.days.filter(holdsDays);
  const [months, days] = await Promise.all([
    parts.months
      ? StatsMonthModel.find(
          {
            series: { $in: series },
            ...(Object.keys(parts.months).length ? { month: parts.months } : {}),
          },
          { _id: 0, series: 1, month: 1, [field]: 1 },
        ).lean<Partial<StatsMonthRecord>[]>()
      : [],
    dayRanges.length
      ? StatsDayModel.find(
          { series: { $in: series }, $or: dayRanges },
          { _id: 0, series: 1, day: 1, summary: 1 },
        ).lean()
      : [],
  ]);
  return { months, days };
}

/** The cells of the series within the range, summed over each month or day read. */
export async function readCells<S extends SeriesName>(
  series: S[],
  range: { from?: string; to?: string },
): Promise<{ series: S; cells: Cells[S][] }[]> {
  const { months, days } = await readParts(series, range, 'summary');
  return [...months, ...days].map((row) => ({
    series: row.series as S,
    cells: JSON.parse(row.summary as string) as Cells[S][],
  }));
}

/** What each cell of the series counts on each day within the range, for trends. */
export async function readDayCounts<S extends SeriesName>(
  series: S[],
  range: { from?: string; to?: string },
): Promise<{ series: S; day: string; counts: DayCount[] }[]> {
  const { months, days } = await readParts(series, range, 'daily');
  const rows: { series: S; day: string; counts: DayCount[] }[] = [];
  for (const month of months) {
    const byDay = new Map<number, DayCount[]>();
    for (const { d, ...place } of JSON.parse(month.daily as string) as DailyCell[])
      d.forEach((n, i) => {
        if (!n) return;
        const counts = byDay.get(i);
        if (counts) counts.push({ ...place, n });
        else byDay.set(i, [{ ...place, n }]);
      });
    for (const [i, counts] of byDay)
      rows.push({
        series: month.series as S,
        day: `${month.month as string}-${String(i + 1).padStart(2, '0')}`,
        counts,
      });
  }
  for (const day of days)
    rows.push({
      series: day.series as S,
      day: day.day,
      counts: dayCounts(day.series, JSON.parse(day.summary) as unknown[]),
    });
  return rows;
}
