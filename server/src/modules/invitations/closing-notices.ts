import type { EventBus } from '../../lib/events';
import type { NeedClosedEventData } from '../../lib/outbox';
import { collaborationsOfInvitations, partyNames, presentParties } from '../collaborations';
import { invitationsOfNeed } from '../invitation-store';
import { notify } from '../notifications';
import { presentOne } from './invitations.service';

/**
 * The closing notice to every expert invited to the need who has no collaboration on it: the
 * default text (clients write it in their reader's language) and the enterprise's message. Keyed
 * on the need, so that a repeat after a crash stores and pushes nothing twice.
 */
export async function sendClosingNotices(bus: EventBus, data: NeedClosedEventData): Promise<void> {
  const invitations = await invitationsOfNeed(data.needId);
  const [collaborating, names] = await Promise.all([
    collaborationsOfInvitations(invitations.map((invitation) => invitation._id)),
    partyNames(invitations),
  ]);
  for (const invitation of invitations) {
    const invitationId = invitation._id.toString();
    const { expertUserId } = names(invitation);
    // Imported experts may have no account yet: nobody to tell.
    if (collaborating.has(invitationId) || !expertUserId) continue;
    const fresh = await notify([expertUserId], {
      type: 'need.closed',
      key: `need.closed:${data.needId}`,
      data: {
        ...presentParties(invitation, names(invitation)),
        invitationId,
        ...(data.message ? { message: data.message } : {}),
      },
    });
    if (fresh > 0)
      bus.emit('invitation:updated', {
        invitation: await presentOne(invitation),
        userIds: [expertUserId],
      });
  }
}
