import type { DomainEventName, EventBus } from '../../lib/events';
import type { EventDispatcher, RecordedEventName } from '../../lib/outbox';
import { clearCachedStats } from './stats.cache';

/** The changes the statistics count: each makes the cached figures stale. */
const recorded: RecordedEventName[] = [
  'invitation.created',
  'invitation.accepted',
  'invitation.declined',
  'invitation.withdrawn',
  'invitation.expired',
  'collaboration.started',
  'collaboration.agreed',
  'collaboration.completed',
  'collaboration.cancelled',
  'collaboration.rated',
  'need.closed',
];
const inProcess: DomainEventName[] = [
  'need.created',
  'expert.verified',
  'expert.rejected',
  'expert.claimed',
  'experts.imported',
];

/**
 * Clears the cached figures and announces `stats.changed` (the bureau's pages refetch). Not kept
 * across a crash on purpose: a figure is cached for seconds, and a page refetches on its own.
 */
export function registerStatsSubscribers(
  events: EventDispatcher,
  bus: EventBus,
): Array<() => void> {
  const changed = () => {
    clearCachedStats();
    bus.emit('stats.changed', {});
    return Promise.resolve();
  };
  return [
    ...recorded.map((name) => events.subscribe(name, 'stats.invalidate', changed)),
    ...inProcess.map((name) => bus.on(name, changed)),
  ];
}
