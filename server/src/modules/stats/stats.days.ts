import type { Types } from 'mongoose';
import { poolOfCity, type Pool } from '@qs/shared';
import { isDuplicateKey } from '../../lib/insert-once';
import {
  collaborationCount,
  collaborationFacts,
  collaborationFactsOf,
  type CollaborationFact,
} from '../collaborations';
import { expertCount, expertStatsFacts, poolsOf, type ExpertStatsFact } from '../experts';
import {
  invitationCount,
  invitationFacts,
  invitationFactsOf,
  type InvitationFact,
} from '../invitation-store';
import { needCount, needStatsFacts, placesOfNeeds, type NeedStatsFact } from '../needs';
import { furthestStage } from './funnel-stage';
import {
  StatsDayModel,
  StatsMonthModel,
  StatsStateModel,
  type SeriesName,
  type StatsMonthRecord,
} from './stats-day.model';

/**
 * The statistics' read model: every expert, need, invitation and collaboration counted once, in
 * the day document of the Beijing day it is counted on, with what the figures filter and count
 * it by (the need's city and sector, the expert's pool…). The figures sum the days' summaries
 * instead of reading the records. Each update reads the records it is about and replaces their
 * contributions, so that doing it twice (a redelivered event) changes nothing.
 */

/** Raised when what the model counts or how it counts changes: the days are then rebuilt. */
const MODEL_VERSION = 2;
const STATE_ID = 'read-model';
const WRITE_TRIES = 20;
const BULK_CHUNK = 500;
/** Beijing keeps UTC+8 all year. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Beijing day (`2026-03-01`) a moment falls in. */
export const dayOf = (at: Date) =>
  new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** The moment a Beijing day (`2026-03-01`) starts. */
export const startOfBeijingDay = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`));

/** Whether a moment is the start of a Beijing day, where the days can answer for it. */
export const startsADay = (at: Date) => (at.getTime() + BEIJING_OFFSET_MS) % DAY_MS === 0;

/* Each record's contribution, as kept in its day ("facts"), with short keys: they are many. */

/** A collaboration's or invitation's id → [its status, its day]: what the need's funnel reads. */
type Links = Record<string, [string, string]>;

interface ExpertFact {
  /** city, sectors, pool, verification status */
  c: string;
  t: string[];
  p?: Pool;
  v?: string;
  /** its collaborations (id → day): their cross-city count follows its pool */
  col?: Record<string, string>;
}

interface NeedFact {
  c: string;
  t: string;
  /** 1 for a catalogue scenario (it names its release) */
  o: 0 | 1;
  k: string;
  s: string;
  m: 0 | 1;
  inv?: Links;
  col?: Links;
}

interface InvitationDayFact {
  n: string;
  c?: string;
  t?: string;
  s: string;
  h?: number;
}

interface CollaborationDayFact {
  n: string;
  e: string;
  c?: string;
  t?: string;
  s: string;
  /** 1 when the expert's pool is not the pool of the need's city */
  x: 0 | 1;
  /** the day it was completed */
  d?: string;
}

interface CompletionFact {
  c?: string;
  t?: string;
}

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

const summarize: { [S in SeriesName]: (facts: Record<string, unknown>) => Cells[S][] } = {
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

const dayId = (series: SeriesName, day: string) => `${series}:${day}`;

const bodyOf = (series: SeriesName, facts: Record<string, unknown>) => ({
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
async function changeDay<F>(
  series: SeriesName,
  day: string,
  change: (facts: Record<string, F>) => boolean,
): Promise<boolean> {
  const _id = dayId(series, day);
  for (let attempt = 0; attempt < WRITE_TRIES; attempt += 1) {
    const found = await StatsDayModel.findById(_id, { v: 1, facts: 1 }).lean();
    const facts = { ...(found?.facts ?? {}) } as Record<string, F>;
    if (!change(facts)) return false;
    const body = bodyOf(series, facts);
    if (found) {
      const { matchedCount } = await StatsDayModel.updateOne(
        { _id, v: found.v },
        { $set: { ...body, v: found.v + 1 } },
      );
      if (matchedCount) return refreshMonth(series, day.slice(0, 7));
    } else {
      try {
        await StatsDayModel.create({ _id, series, day, v: 1, ...body });
        return refreshMonth(series, day.slice(0, 7));
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }
  throw new Error(`statistics day ${_id} kept changing under ${WRITE_TRIES} tries`);
}

/* Months: the days summed, so that a figure reads a document a month rather than one a day. */

/** What tells cells apart; every other field of a cell is a count, a tally or a list to add up. */
const KEY_FIELDS = new Set(['c', 't', 'o']);

function addCells<C extends object>(cells: C[]): C[] {
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

function dayCounts(series: SeriesName, cells: unknown[]): DayCount[] {
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
interface DailyCell {
  c?: string;
  t?: string;
  d: number[];
}

function monthBody(series: SeriesName, days: { day: string; cells: unknown[] }[]) {
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
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }
  throw new Error(`statistics month ${_id} kept changing under ${WRITE_TRIES} tries`);
}

/** Sets (or with `undefined` removes) one record's fact; whether it changed. */
function put<F>(facts: Record<string, F>, id: string, fact: F | undefined): boolean {
  if (same(facts[id], fact)) return false;
  if (fact === undefined) delete facts[id];
  else facts[id] = fact;
  return true;
}

/* Facts from the records. */

type Place = { city: string; sector: string } | undefined;

const placeFact = (where: Place) => (where ? { c: where.city, t: where.sector } : {});

function expertFact(expert: ExpertStatsFact): ExpertFact {
  return {
    c: expert.city,
    t: expert.sectors,
    ...(expert.pool ? { p: expert.pool } : {}),
    ...(expert.verification?.status ? { v: expert.verification.status } : {}),
  };
}

function needFact(need: NeedStatsFact): NeedFact {
  return {
    c: need.city,
    t: need.sector,
    o: need.release ? 1 : 0,
    k: need.kind,
    s: need.status,
    m: need.matchedAt ? 1 : 0,
  };
}

function invitationFact(invitation: InvitationFact, where: Place): InvitationDayFact {
  return {
    n: invitation.needId.toString(),
    ...placeFact(where),
    s: invitation.status,
    ...(invitation.responseHours !== undefined ? { h: invitation.responseHours } : {}),
  };
}

function collaborationFact(
  collaboration: CollaborationFact,
  where: Place,
  pool: Pool,
): CollaborationDayFact {
  return {
    n: collaboration.needId.toString(),
    e: collaboration.expertId.toString(),
    ...placeFact(where),
    s: collaboration.status,
    x: poolOfCity(where?.city) !== pool ? 1 : 0,
    ...(collaboration.completedAt ? { d: dayOf(collaboration.completedAt) } : {}),
  };
}

const idOf = (id: Types.ObjectId | string) => id.toString();

/** What the records of a need's or an expert's collaborations and invitations add to its fact. */
type LinkUpdates = Map<string, { inv?: Links; col?: Links }>;

function addLink(
  links: LinkUpdates,
  owner: string,
  kind: 'inv' | 'col',
  id: string,
  value: [string, string],
) {
  const entry = links.get(owner) ?? {};
  entry[kind] = { ...entry[kind], [id]: value };
  links.set(owner, entry);
}

/* Updates: each reads the records it names as they are now. */

/** Each update answers whether it changed any figure. */
export async function updateInvitations(ids: string[]): Promise<boolean> {
  const rows = await invitationFactsOf(ids);
  const places = await placesOfNeeds(rows.map((row) => row.needId));
  const links: LinkUpdates = new Map();
  let changed = false;
  for (const row of rows) {
    const day = dayOf(row.createdAt);
    const fact = invitationFact(row, places.get(idOf(row.needId)));
    if (await changeDay<InvitationDayFact>('invitations', day, (f) => put(f, idOf(row._id), fact)))
      changed = true;
    addLink(links, idOf(row.needId), 'inv', idOf(row._id), [row.status, day]);
  }
  return (await updateNeeds([...links.keys()], links)) || changed;
}

export async function updateCollaborations(ids: string[]): Promise<boolean> {
  const rows = await collaborationFactsOf(ids);
  const [places, pools] = await Promise.all([
    placesOfNeeds(rows.map((row) => row.needId)),
    poolsOf(rows.map((row) => row.expertId)),
  ]);
  const needLinks: LinkUpdates = new Map();
  const expertLinks: LinkUpdates = new Map();
  let changed = false;
  for (const row of rows) {
    const id = idOf(row._id);
    const where = places.get(idOf(row.needId));
    const day = dayOf(row.createdAt);
    const fact = collaborationFact(row, where, pools.get(idOf(row.expertId)) ?? 'other');
    let completedBefore: string | undefined;
    const moved = await changeDay<CollaborationDayFact>('collaborations', day, (facts) => {
      completedBefore = facts[id]?.d;
      return put(facts, id, fact);
    });
    if (completedBefore && completedBefore !== fact.d)
      await changeDay<CompletionFact>('completions', completedBefore, (facts) =>
        put(facts, id, undefined),
      );
    if (fact.d)
      await changeDay<CompletionFact>('completions', fact.d, (facts) =>
        put(facts, id, placeFact(where)),
      );
    if (moved) changed = true;
    addLink(needLinks, idOf(row.needId), 'col', id, [row.status, day]);
    addLink(expertLinks, idOf(row.expertId), 'col', id, [row.status, day]);
  }
  const needs = await updateNeeds([...needLinks.keys()], needLinks);
  const experts = await updateExperts([...expertLinks.keys()], expertLinks);
  return changed || needs || experts;
}

/**
 * A need as it is now, with the links given; when its city or sector moved, its invitations and
 * collaborations, which are counted by them, are updated too.
 */
export async function updateNeeds(ids: string[], links: LinkUpdates = new Map()): Promise<boolean> {
  let changed = false;
  for (const need of await needStatsFacts(ids)) {
    const id = idOf(need._id);
    const given = links.get(id);
    let moved: NeedFact | undefined;
    const wrote = await changeDay<NeedFact>('needs', dayOf(need.createdAt), (facts) => {
      const before = facts[id];
      const inv = { ...before?.inv, ...given?.inv };
      const col = { ...before?.col, ...given?.col };
      const fact: NeedFact = {
        ...needFact(need),
        ...(Object.keys(inv).length ? { inv } : {}),
        ...(Object.keys(col).length ? { col } : {}),
      };
      moved = before && (before.c !== fact.c || before.t !== fact.t) ? fact : undefined;
      return put(facts, id, fact);
    });
    if (wrote) changed = true;
    if (wrote && moved) {
      await updateInvitations(Object.keys(moved.inv ?? {}));
      await updateCollaborations(Object.keys(moved.col ?? {}));
    }
  }
  return changed;
}

/** An expert as it is now; when its pool changed, its collaborations' cross-city count too. */
export async function updateExperts(
  ids: string[],
  links: LinkUpdates = new Map(),
): Promise<boolean> {
  let changed = false;
  for (const expert of await expertStatsFacts(ids)) {
    const id = idOf(expert._id);
    const given = links.get(id)?.col ?? {};
    let repooled: string[] = [];
    const wrote = await changeDay<ExpertFact>('experts', dayOf(expert.createdAt), (facts) => {
      const before = facts[id];
      const col = {
        ...before?.col,
        ...Object.fromEntries(Object.entries(given).map(([key, [, day]]) => [key, day])),
      };
      const fact: ExpertFact = {
        ...expertFact(expert),
        ...(Object.keys(col).length ? { col } : {}),
      };
      repooled = before && before.p !== fact.p ? Object.keys(col) : [];
      return put(facts, id, fact);
    });
    if (wrote) changed = true;
    if (wrote && repooled.length) await updateCollaborations(repooled);
  }
  return changed;
}

/* Rebuilding from every record. */

async function rebuild(): Promise<void> {
  const [experts, needs, invitations, collaborations] = await Promise.all([
    expertStatsFacts(),
    needStatsFacts(),
    invitationFacts({}),
    collaborationFacts({}),
  ]);
  const placeOf = new Map<string, Place>(
    needs.map((need) => [idOf(need._id), { city: need.city, sector: need.sector }]),
  );
  const poolOf = new Map(experts.map((expert) => [idOf(expert._id), expert.pool ?? 'other']));
  const days = new Map<
    string,
    { series: SeriesName; day: string; facts: Record<string, unknown> }
  >();
  const keep = (series: SeriesName, day: string, id: string, fact: unknown) => {
    const key = dayId(series, day);
    let found = days.get(key);
    if (!found) days.set(key, (found = { series, day, facts: {} }));
    found.facts[id] = fact;
  };
  const needLinks: LinkUpdates = new Map();
  const expertLinks: LinkUpdates = new Map();
  for (const invitation of invitations) {
    const day = dayOf(invitation.createdAt);
    const needId = idOf(invitation.needId);
    keep('invitations', day, idOf(invitation._id), invitationFact(invitation, placeOf.get(needId)));
    addLink(needLinks, needId, 'inv', idOf(invitation._id), [invitation.status, day]);
  }
  for (const collaboration of collaborations) {
    const id = idOf(collaboration._id);
    const needId = idOf(collaboration.needId);
    const expertId = idOf(collaboration.expertId);
    const where = placeOf.get(needId);
    const day = dayOf(collaboration.createdAt);
    const fact = collaborationFact(collaboration, where, poolOf.get(expertId) ?? 'other');
    keep('collaborations', day, id, fact);
    if (fact.d) keep('completions', fact.d, id, placeFact(where));
    addLink(needLinks, needId, 'col', id, [collaboration.status, day]);
    addLink(expertLinks, expertId, 'col', id, [collaboration.status, day]);
  }
  for (const need of needs) {
    const links = needLinks.get(idOf(need._id));
    keep('needs', dayOf(need.createdAt), idOf(need._id), { ...needFact(need), ...links });
  }
  for (const expert of experts) {
    const col = expertLinks.get(idOf(expert._id))?.col;
    const fact: ExpertFact = {
      ...expertFact(expert),
      ...(col
        ? { col: Object.fromEntries(Object.entries(col).map(([key, [, day]]) => [key, day])) }
        : {}),
    };
    keep('experts', dayOf(expert.createdAt), idOf(expert._id), fact);
  }
  const writes = [...days.entries()].map(([_id, { series, day, facts }]) => ({
    updateOne: {
      filter: { _id },
      update: { $set: { series, day, ...bodyOf(series, facts) }, $inc: { v: 1 } },
      upsert: true,
    },
  }));
  for (let i = 0; i < writes.length; i += BULK_CHUNK)
    await StatsDayModel.bulkWrite(writes.slice(i, i + BULK_CHUNK), { ordered: false });
  await StatsDayModel.deleteMany({ _id: { $nin: [...days.keys()] } });
  const months = new Map<
    string,
    { series: SeriesName; month: string; days: { day: string; cells: unknown[] }[] }
  >();
  for (const { series, day, facts } of days.values()) {
    const key = dayId(series, day.slice(0, 7));
    let found = months.get(key);
    if (!found) months.set(key, (found = { series, month: day.slice(0, 7), days: [] }));
    found.days.push({ day, cells: summarize[series](facts) });
  }
  const monthWrites = [...months.entries()].map(([_id, { series, month, days: within }]) => ({
    updateOne: {
      filter: { _id },
      update: { $set: { series, month, ...monthBody(series, within) }, $inc: { v: 1 } },
      upsert: true,
    },
  }));
  for (let i = 0; i < monthWrites.length; i += BULK_CHUNK)
    await StatsMonthModel.bulkWrite(monthWrites.slice(i, i + BULK_CHUNK), { ordered: false });
  await StatsMonthModel.deleteMany({ _id: { $nin: [...months.keys()] } });
  await StatsStateModel.updateOne(
    { _id: STATE_ID },
    { $set: { version: MODEL_VERSION, builtAt: new Date() } },
    { upsert: true },
  );
}

/** Counts of records by series, as the days hold them and as the collections do. */
async function countsAgree(): Promise<boolean> {
  const [days, experts, needs, invitations, collaborations] = await Promise.all([
    StatsDayModel.find({ series: { $ne: 'completions' } }, { _id: 0, series: 1, n: 1 }).lean(),
    expertCount(),
    needCount(),
    invitationCount(),
    collaborationCount(),
  ]);
  const held: Record<string, number> = {};
  for (const { series, n } of days) held[series] = (held[series] ?? 0) + n;
  const actual: Record<string, number> = { experts, needs, invitations, collaborations };
  return Object.entries(actual).every(([series, count]) => (held[series] ?? 0) === count);
}

let rebuilding: Promise<void> | undefined;

/** Rebuilds the days from every record, once at a time in this process. */
export function rebuildStatsDays(): Promise<void> {
  rebuilding ??= rebuild().finally(() => {
    rebuilding = undefined;
  });
  return rebuilding;
}

/**
 * Makes sure the days can be read: rebuilt when they are of another version or marked stale, and
 * with `counts` (at start) when they hold another number of records than the collections
 * (records written around the platform: a bench's corpus, a command run while it was stopped).
 * Reads skip the counts: a write whose events are still running would look like one missed.
 */
export async function ensureStatsDays({ counts }: { counts: boolean }): Promise<void> {
  const state = await StatsStateModel.findById(STATE_ID).lean();
  if (state?.version === MODEL_VERSION && (!counts || (await countsAgree()))) return;
  await rebuildStatsDays();
}

/** Marks the days stale: the next read, in any process, rebuilds them. */
export async function markStatsDaysStale(): Promise<void> {
  await StatsStateModel.deleteOne({ _id: STATE_ID });
}

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

const pending = new Set<Promise<unknown>>();

/**
 * Work on the days that a write started without waiting for it (the hints of written experts and
 * needs). A failed update marks the days stale, so that the next read rebuilds rather than
 * counting wrong.
 */
export function inBackground(work: Promise<unknown>): void {
  // Where even the mark fails the database is out of reach; a rejection here would end the process.
  const tracked = work.catch(() => markStatsDaysStale()).catch(() => undefined);
  pending.add(tracked);
  void tracked.finally(() => pending.delete(tracked));
}

/** Waits for this process's work on the days, so that a read counts the writes answered before it. */
export async function settled(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending]);
}
