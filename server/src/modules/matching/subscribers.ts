import type { EventDispatcher } from '../../lib/outbox';
import { fillSeats, invitationEnded } from './extraction.seats';

/**
 * Draws keep their seats filled: a new draw or top-up invites, and a drawn expert who declines,
 * lets the invitation expire or sees it withdrawn makes way for the next reserve.
 */
export function registerDrawSubscribers(events: EventDispatcher): Array<() => void> {
  const name = 'draws.seats';
  return [
    events.subscribe('extraction.drawn', name, (data) => fillSeats(data.extractionId)),
    events.subscribe('extraction.topped-up', name, (data) => fillSeats(data.extractionId)),
    events.subscribe('invitation.accepted', name, (data) => invitationEnded(data, 'accepted')),
    events.subscribe('invitation.declined', name, (data) => invitationEnded(data, 'declined')),
    events.subscribe('invitation.expired', name, (data) => invitationEnded(data, 'expired')),
    events.subscribe('invitation.withdrawn', name, (data) => invitationEnded(data, 'withdrawn')),
  ];
}
