import { furthestStage } from './funnel-stage';
import type { SeriesName } from './stats-day.model';
import type {
  CollaborationDayFact,
  CompletionFact,
  ExpertFact,
  InvitationDayFact,
  NeedFact,
} from './stats.days.facts';

/* The days' summaries: counts by the cells the filters pick. */

export interface ExpertCell {
  c: string;
  /** a sector, or `*` for every expert whatever its sectors */
  t: string;
  n: number;
  v: Record<string, number>;
  p: Record<string, number>;
}

export interface NeedCell {
  c: string;
  t: string;
  o: 0 | 1;
  n: number;
  k: Record<string, number>;
  s: Record<string, number>;
  matched: number;
  invited: number;
  accepted: number;
  agreed: number;
  completed: number;
}

export interface InvitationCell {
  c?: string;
  t?: string;
  s: Record<string, number>;
  /** response hours of the answered ones: the median is taken over them */
  h: number[];
}

export interface CollaborationCell {
  c?: string;
  t?: string;
  n: number;
  s: Record<string, number>;
  x: number;
}

export interface CompletionCell {
  c?: string;
  t?: string;
  n: number;
}

export interface Cells {
  experts: ExpertCell;
  needs: NeedCell;
  invitations: InvitationCell;
  collaborations: CollaborationCell;
  completions: CompletionCell;
}

const bump = (counts: Record<string, number>, key: string | undefined) => {
  if (key !== undefined) counts[key] = (counts[key] ?? 0) + 1;
};

function cellsOf<C>(
  facts: Record<string, unknown>,
  keysOf: (fact: never) => unknown[][],
  empty: (key: unknown[]) => C,
  add: (cell: C, fact: never) => void,
): C[] {
  const cells = new Map<string, C>();
  for (const fact of Object.values(facts)) {
    for (const key of keysOf(fact as never)) {
      const id = JSON.stringify(key);
      let cell = cells.get(id);
      if (!cell) cells.set(id, (cell = empty(key)));
      add(cell, fact as never);
    }
  }
  return [...cells.values()];
}

const place = (key: unknown[]) => ({
  ...(key[0] !== undefined && key[0] !== null ? { c: key[0] as string } : {}),
  ...(key[1] !== undefined && key[1] !== null ? { t: key[1] as string } : {}),
});

export const summarize: { [S in SeriesName]: (facts: Record<string, unknown>) => Cells[S][] } = {
  experts: (facts) =>
    cellsOf<ExpertCell>(
      facts,
      (fact: ExpertFact) => [[fact.c, '*'], ...[...new Set(fact.t)].map((t) => [fact.c, t])],
      ([c, t]) => ({ c: c as string, t: t as string, n: 0, v: {}, p: {} }),
      (cell, fact: ExpertFact) => {
        cell.n += 1;
        bump(cell.v, fact.v);
        bump(cell.p, fact.p);
      },
    ),
  needs: (facts) =>
    cellsOf<NeedCell>(
      facts,
      (fact: NeedFact) => [[fact.c, fact.t, fact.o]],
      ([c, t, o]) => ({
        c: c as string,
        t: t as string,
        o: o as 0 | 1,
        n: 0,
        k: {},
        s: {},
        matched: 0,
        invited: 0,
        accepted: 0,
        agreed: 0,
        completed: 0,
      }),
      (cell, fact: NeedFact) => {
        const invitations = Object.values(fact.inv ?? {}).map(([status]) => status);
        const collaborations = Object.values(fact.col ?? {}).map(([status]) => status);
        cell.n += 1;
        bump(cell.k, fact.k);
        bump(cell.s, fact.s);
        const stage = furthestStage({
          matched: fact.m === 1,
          invited: invitations.length > 0,
          accepted: invitations.includes('accepted'),
          agreed: collaborations.some((s) => s === 'agreed' || s === 'completed'),
          completed: collaborations.includes('completed'),
        });
        cell.matched += stage >= 1 ? 1 : 0;
        cell.invited += stage >= 2 ? 1 : 0;
        cell.accepted += stage >= 3 ? 1 : 0;
        cell.agreed += stage >= 4 ? 1 : 0;
        cell.completed += stage >= 5 ? 1 : 0;
      },
    ),
  invitations: (facts) =>
    cellsOf<InvitationCell>(
      facts,
      (fact: InvitationDayFact) => [[fact.c, fact.t]],
      (key) => ({ ...place(key), s: {}, h: [] }),
      (cell, fact: InvitationDayFact) => {
        bump(cell.s, fact.s);
        if (fact.h !== undefined) cell.h.push(fact.h);
      },
    ),
  collaborations: (facts) =>
    cellsOf<CollaborationCell>(
      facts,
      (fact: CollaborationDayFact) => [[fact.c, fact.t]],
      (key) => ({ ...place(key), n: 0, s: {}, x: 0 }),
      (cell, fact: CollaborationDayFact) => {
        cell.n += 1;
        bump(cell.s, fact.s);
        cell.x += fact.x;
      },
    ),
  completions: (facts) =>
    cellsOf<CompletionCell>(
      facts,
      (fact: CompletionFact) => [[fact.c, fact.t]],
      (key) => ({ ...place(key), n: 0 }),
      (cell) => {
        cell.n += 1;
      },
    ),
};

/* Months: the days summed, so that a figure reads a document a month rather than one a day. */

/** What tells cells apart; every other field of a cell is a count, a tally or a list to add up. */
const KEY_FIELDS = new Set(['c', 't', 'o']);

export function addCells<C extends object>(cells: C[]): C[] {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const cell of cells) {
    const entries = Object.entries(cell);
    const key = JSON.stringify(entries.filter(([field]) => KEY_FIELDS.has(field)));
    const into = byKey.get(key);
    if (!into) {
      byKey.set(key, structuredClone(cell) as Record<string, unknown>);
      continue;
    }
    for (const [field, value] of entries) {
      if (KEY_FIELDS.has(field)) continue;
      if (typeof value === 'number') into[field] = (into[field] as number) + value;
      else if (Array.isArray(value)) (into[field] as number[]).push(...(value as number[]));
      else
        for (const [name, count] of Object.entries(value as Record<string, number>)) {
          const tally = into[field] as Record<string, number>;
          tally[name] = (tally[name] ?? 0) + count;
        }
    }
  }
  return [...byKey.values()] as C[];
}

/** How many records a cell counts that started on its day: what a trend adds up. */
export interface DayCount {
  c?: string;
  t?: string;
  n: number;
}

export function dayCounts(series: SeriesName, cells: unknown[]): DayCount[] {
  return addCells(
    (cells as Array<{ c?: string; t?: string; n?: number; s?: Record<string, number> }>).map(
      (cell) => ({
        ...(cell.c !== undefined ? { c: cell.c } : {}),
        ...(cell.t !== undefined ? { t: cell.t } : {}),
        n:
          series === 'invitations'
            ? Object.values(cell.s ?? {}).reduce((total, count) => total + count, 0)
            : (cell.n ?? 0),
      }),
    ),
  );
}

/** A cell's counts on each day of a month (`d[0]` the 1st). */
export interface DailyCell {
  c?: string;
  t?: string;
  d: number[];
}

export function monthBody(series: SeriesName, days: { day: string; cells: unknown[] }[]) {
  const daily = new Map<string, DailyCell>();
  for (const { day, cells } of days)
    for (const count of dayCounts(series, cells)) {
      const key = JSON.stringify([count.c, count.t]);
      let cell = daily.get(key);
      if (!cell) {
        const place = {
          ...(count.c !== undefined ? { c: count.c } : {}),
          ...(count.t !== undefined ? { t: count.t } : {}),
        };
        daily.set(key, (cell = { ...place, d: new Array<number>(31).fill(0) }));
      }
      const at = Number(day.slice(8)) - 1;
      cell.d[at] = (cell.d[at] ?? 0) + count.n;
    }
  return {
    summary: JSON.stringify(addCells(days.flatMap((day) => day.cells as object[]))),
    daily: JSON.stringify([...daily.values()]),
  };
}
