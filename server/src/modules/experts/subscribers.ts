import { Types } from 'mongoose';
import type {
  CollaborationEventData,
  EventDispatcher,
  InvitationEventData,
} from '../../lib/outbox';
import { responseHoursOf } from '../invitation-store';
import { applyOnce } from './counters';
import { countEngagement } from './freshness';
import { addRating, countInvitationEvent } from './experts.reads';

const invitationOf = (data: InvitationEventData) => ({
  _id: new Types.ObjectId(data.invitationId),
  expertId: new Types.ObjectId(data.expertId),
});

/** A collaboration that ends frees a place in the expert's workload, once. */
async function release(data: CollaborationEventData): Promise<void> {
  await applyOnce(
    new Types.ObjectId(data.expertId),
    `ended:${data.collaborationId}`,
    { $inc: { activeCollaborations: -1 } },
    { activeCollaborations: { $gt: 0 } },
  );
}

/**
 * The expert's counters (invitations, answers, workload, rating). Each change is applied once
 * per event key kept on the expert, so a repeated event counts once.
 */
export function registerExpertSubscribers(events: EventDispatcher): Array<() => void> {
  const answered = (data: InvitationEventData) =>
    countInvitationEvent(invitationOf(data), 'answered', responseHoursOf);
  return [
    events.subscribe('invitation.created', 'experts.count-invitation', (data) =>
      countInvitationEvent(invitationOf(data), 'invited', responseHoursOf),
    ),
    events.subscribe('invitation.accepted', 'experts.count-answer', answered),
    events.subscribe('invitation.declined', 'experts.count-answer', answered),
    events.subscribe('collaboration.started', 'experts.count-workload', (data) =>
      applyOnce(new Types.ObjectId(data.expertId), `started:${data.collaborationId}`, {
        $inc: { activeCollaborations: 1 },
      }),
    ),
    events.subscribe('collaboration.started', 'experts.count-engagement', (data) =>
      countEngagement(new Types.ObjectId(data.expertId), `engaged:${data.collaborationId}`),
    ),
    events.subscribe('collaboration.completed', 'experts.count-workload', release),
    events.subscribe('collaboration.cancelled', 'experts.count-workload', release),
    events.subscribe('collaboration.rated', 'experts.add-rating', async (data) => {
      // The enterprise's score feeds the expert's rating; the expert's own is about the enterprise.
      if (data.side !== 'enterprise') return;
      await addRating(
        new Types.ObjectId(data.expertId),
        `rated:${data.collaborationId}`,
        data.score,
      );
    }),
  ];
}
