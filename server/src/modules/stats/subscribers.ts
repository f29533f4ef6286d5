import type { DomainEventName, EventBus } from '../../lib/events';
import type { EventDispatcher, RecordedEventName } from '../../lib/outbox';
import { outboxWrites, type WrittenIds } from '../../lib/search-outbox';
import { clearCachedStats } from './stats.cache';
import {
  inBackground,
  updateCollaborations,
  updateExperts,
  updateInvitations,
  updateNeeds,
} from './stats.days';
import { markStatsDaysStale } from './stats.days.state';

const invitationEvents = [
  'invitation.created',
  'invitation.accepted',
  'invitation.declined',
  'invitation.withdrawn',
  'invitation.expired',
] as const satisfies RecordedEventName[];
const collaborationEvents = [
  'collaboration.started',
  'collaboration.agreed',
  'collaboration.completed',
  'collaboration.cancelled',
  'collaboration.rated',
] as const satisfies RecordedEventName[];
/** Changes the figures count that the hints below do not bring. */
const inProcess: DomainEventName[] = ['expert.claimed', 'experts.imported'];

/** Written records, by the model that wrote them, and the update of the days for them. */
const updates: Record<string, (ids: string[]) => Promise<boolean>> = {
  Expert: updateExperts,
  Need: updateNeeds,
  Invitation: updateInvitations,
  Collaboration: updateCollaborations,
};

/**
 * Keeps the statistics' days (`stats.days.ts`) up to date, then clears the cached figures and
 * announces `stats.changed` (the bureau's pages refetch). Recorded events update the days before
 * their dispatch ends, so a request answers with them counted; redelivered, they change nothing.
 * Writes of experts and needs are heard from the search outbox's hints, which name the records
 * written; the update runs beside the request and every read waits for it (`settled`).
 */
export function registerStatsSubscribers(
  events: EventDispatcher,
  bus: EventBus,
): Array<() => void> {
  const changed = () => {
    clearCachedStats();
    bus.emit('stats.changed', {});
  };
  const whenChanged = (update: Promise<boolean>) =>
    update.then((moved) => {
      if (moved) changed();
    });
  const written = (model: string) => (ids: WrittenIds) => {
    const update = updates[model];
    if (!update || ids === undefined) return;
    // A delete names nothing: what it removed is found by rebuilding.
    inBackground(ids.length ? whenChanged(update(ids)) : markStatsDaysStale().then(changed));
  };
  const listeners = Object.keys(updates).map((model) => {
    const listener = written(model);
    outboxWrites.on(model, listener);
    return () => void outboxWrites.off(model, listener);
  });
  return [
    ...invitationEvents.map((name) =>
      events.subscribe(name, 'stats.days', async ({ invitationId }) => {
        await updateInvitations([invitationId]);
        changed();
      }),
    ),
    ...collaborationEvents.map((name) =>
      events.subscribe(name, 'stats.days', async ({ collaborationId }) => {
        await updateCollaborations([collaborationId]);
        changed();
      }),
    ),
    events.subscribe('need.closed', 'stats.days', async ({ needId }) => {
      await updateNeeds([needId]);
      changed();
    }),
    // Written without a hint, so as not to reindex the need.
    bus.on('need.matched', ({ needId }) => inBackground(whenChanged(updateNeeds([needId])))),
    // An import writes in bulk without naming its records: the days are rebuilt.
    bus.on('experts.imported', ({ created, updated }) => {
      if (created + updated > 0) inBackground(markStatsDaysStale());
    }),
    ...inProcess.map((name) => bus.on(name, changed)),
    ...listeners,
  ];
}
