import { isDuplicateKey } from '../../lib/insert-once';
import { StatsDayModel, StatsMonthModel, type SeriesName } from './stats-day.model';
import { monthBody, summarize } from './stats.days.cells';
import { countHeld } from './stats.days.state';

/* Writes to the days and months, each conditional on the version it read (no transactions). */

const WRITE_TRIES = 20;

export const dayId = (series: SeriesName, day: string) => `${series}:${day}`;

export const bodyOf = (series: SeriesName, facts: Record<string, unknown>) => ({
  facts,
  n: Object.keys(facts).length,
  summary: JSON.stringify(summarize[series](facts)),
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes one day's facts: `change` edits them and says whether anything changed. The write is
 * conditional on the version read, so that concurrent changes to the day (from other requests
 * or processes) are retried on what they wrote rather than lost.
 */
export async function changeDay<F>(
  series: SeriesName,
  day: string,
  change: (facts: Record<string, F>) => boolean,
): Promise<boolean> {
  const _id = dayId(series, day);
  for (let attempt = 0; attempt < WRITE_TRIES; attempt += 1) {
    const found = await StatsDayModel.findById(_id, { v: 1, n: 1, facts: 1 }).lean();
    const facts = { ...(found?.facts ?? {}) } as Record<string, F>;
    if (!change(facts)) return false;
    const body = bodyOf(series, facts);
    if (found) {
      const { matchedCount } = await StatsDayModel.updateOne(
        { _id, v: found.v },
        { $set: { ...body, v: found.v + 1 } },
      );
      if (matchedCount) {
        await countHeld(series, { records: body.n - found.n });
        return refreshMonth(series, day.slice(0, 7));
      }
    } else {
      try {
        await StatsDayModel.create({ _id, series, day, v: 1, ...body });
        await countHeld(series, { records: body.n, days: 1 });
        return refreshMonth(series, day.slice(0, 7));
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }
  throw new Error(`statistics day ${_id} kept changing under ${WRITE_TRIES} tries`);
}

const monthDays = (month: string) => ({ $gte: `${month}-01`, $lte: `${month}-31` });

/** Sums a month again from its days, after one of them changed; conditional like a day. */
async function refreshMonth(series: SeriesName, month: string): Promise<true> {
  const _id = dayId(series, month);
  for (let attempt = 0; attempt < WRITE_TRIES; attempt += 1) {
    // The month's version is read before its days: a day written after this read changes the
    // month too, and that write makes this one fail and read again.
    const found = await StatsMonthModel.findById(_id, { v: 1 }).lean();
    const days = await StatsDayModel.find(
      { series, day: monthDays(month) },
      { _id: 0, day: 1, summary: 1 },
    ).lean();
    const body = monthBody(
      series,
      days.map((day) => ({ day: day.day, cells: JSON.parse(day.summary) as unknown[] })),
    );
    if (found) {
      const { matchedCount } = await StatsMonthModel.updateOne(
        { _id, v: found.v },
        { $set: { ...body, v: found.v + 1 } },
      );
      if (matchedCount) return true;
    } else {
      try {
        await StatsMonthModel.create({ _id, series, month, v: 1, ...body });
        await countHeld(series, { months: 1 });
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }
  throw new Error(`statistics month ${_id} kept changing under ${WRITE_TRIES} tries`);
}

/** Sets (or with `undefined` removes) one record's fact; whether it changed. */
export function put<F>(facts: Record<string, F>, id: string, fact: F | undefined): boolean {
  if (same(facts[id], fact)) return false;
  if (fact === undefined) delete facts[id];
  else facts[id] = fact;
  return true;
}
