import type { Model } from 'mongoose';
import { collaborationCount, collaborationFacts } from '../collaborations';
import { expertCount, expertStatsFacts } from '../experts';
import { invitationCount, invitationFacts } from '../invitation-store';
import { needCount, needStatsFacts } from '../needs';
import {
  StatsDayModel,
  StatsMonthModel,
  StatsStateModel,
  seriesNames,
  type SeriesName,
  type StatsModelState,
} from './stats-day.model';
import { monthBody, summarize } from './stats.days.cells';
import {
  addLink,
  collaborationFact,
  dayOf,
  expertFact,
  idOf,
  invitationFact,
  needFact,
  placeFact,
  type ExpertFact,
  type LinkUpdates,
  type Place,
} from './stats.days.facts';
import { MODEL_VERSION, STATE_ID } from './stats.days.state';
import { bodyOf, dayId } from './stats.days.store';

const BULK_CHUNK = 500;

/**
 * Makes the collection hold exactly these documents: each upserted by id (its version bumped, so
 * a cached read of it goes stale), in chunks, then every other one deleted.
 */
async function replaceAll<T>(
  model: Model<T>,
  docs: Array<[string, Record<string, unknown>]>,
): Promise<void> {
  const writes = docs.map(([_id, $set]) => ({
    updateOne: { filter: { _id }, update: { $set, $inc: { v: 1 } }, upsert: true },
  }));
  for (let i = 0; i < writes.length; i += BULK_CHUNK)
    await model.bulkWrite(writes.slice(i, i + BULK_CHUNK), { ordered: false });
  await model.deleteMany({ _id: { $nin: docs.map(([_id]) => _id) } });
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
  await replaceAll(
    StatsDayModel,
    [...days.entries()].map(([_id, { series, day, facts }]) => [
      _id,
      { series, day, ...bodyOf(series, facts) },
    ]),
  );
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
  await replaceAll(
    StatsMonthModel,
    [...months.entries()].map(([_id, { series, month, days: within }]) => [
      _id,
      { series, month, ...monthBody(series, within) },
    ]),
  );
  const records = Object.fromEntries(seriesNames.map((series) => [series, 0]));
  for (const { series, facts } of days.values())
    records[series] = (records[series] ?? 0) + Object.keys(facts).length;
  await StatsStateModel.updateOne(
    { _id: STATE_ID },
    {
      $set: {
        version: MODEL_VERSION,
        builtAt: new Date(),
        records,
        documents: { days: days.size, months: months.size },
      },
    },
    { upsert: true },
  );
}

/**
 * Whether the state's counts agree with the collections': the records of each series (those
 * written around the platform, as a bench's corpus or a command run while it was stopped, are
 * missing from the days) and the day and month documents (days or months removed).
 */
async function countsAgree(held: StatsModelState): Promise<boolean> {
  const [experts, needs, invitations, collaborations, days, months] = await Promise.all([
    expertCount(),
    needCount(),
    invitationCount(),
    collaborationCount(),
    StatsDayModel.estimatedDocumentCount(),
    StatsMonthModel.estimatedDocumentCount(),
  ]);
  const records: Partial<Record<SeriesName, number>> = {
    experts,
    needs,
    invitations,
    collaborations,
  };
  return (
    Object.entries(records).every(
      ([series, count]) => held.records[series as SeriesName] === count,
    ) &&
    held.documents.days === days &&
    held.documents.months === months
  );
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
 * with `counts` (at start) when their state's counts disagree with the collections'. Reads skip
 * the counts: a write whose events are still running would look like one missed.
 */
export async function ensureStatsDays({ counts }: { counts: boolean }): Promise<void> {
  const state = await StatsStateModel.findById(STATE_ID).lean();
  if (state?.version === MODEL_VERSION && (!counts || (await countsAgree(state)))) return;
  await rebuildStatsDays();
}
