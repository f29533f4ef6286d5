import { collaborationFactsOf } from '../collaborations';
import { expertStatsFacts, poolsOf } from '../experts';
import { invitationFactsOf } from '../invitation-store';
import { needStatsFacts, placesOfNeeds } from '../needs';
import {
  addLink,
  collaborationFact,
  dayOf,
  expertFact,
  idOf,
  invitationFact,
  needFact,
  placeFact,
  type CollaborationDayFact,
  type CompletionFact,
  type ExpertFact,
  type InvitationDayFact,
  type LinkUpdates,
  type NeedFact,
} from './stats.days.facts';
import { markStatsDaysStale } from './stats.days.state';
import { changeDay, put } from './stats.days.store';

/**
 * The statistics' read model: every expert, need, invitation and collaboration counted once, in
 * the day document of the Beijing day it is counted on, with what the figures filter and count
 * it by (the need's city and sector, the expert's pool…). The figures sum the days' summaries
 * instead of reading the records. Each update reads the records it is about and replaces their
 * contributions, so that doing it twice (a redelivered event) changes nothing.
 *
 * This file holds the updates; beside it, what the model keeps of each record
 * (`stats.days.facts.ts`), how a day sums its records into cells (`stats.days.cells.ts`), the
 * conditional writes of days and months (`stats.days.store.ts`), the rebuild and the start's check
 * (`stats.days.rebuild.ts`, `stats.days.state.ts`) and what the figures read (`stats.days.reads.ts`).
 */

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
