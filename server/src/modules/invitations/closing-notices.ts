import { now as clockNow } from '../../lib/clock';
import type { EventBus } from '../../lib/events';
import type { NeedClosedEventData } from '../../lib/outbox';
import { collaborationsOfInvitations, partyNames, presentParties } from '../collaborations';
import { invitationsOfNeed } from '../invitation-store';
import { notify } from '../notifications';
import { presentOne, withdrawForClosedNeed } from './invitations.service';

/**
 * The closing notice to every expert invited to the need who has no collaboration on it, a pending
 * invitation withdrawn first: the default text (clients write it in their reader's language) and
 * the enterprise's message. Keyed on the need, so that a repeat after a crash stores and pushes
 * nothing twice.
 */
export async function sendClosingNotices(bus: EventBus, data: NeedClosedEventData): Promise<void> {
  const invitations = await invitationsOfNeed(data.needId);
  const [collaborating, names] = await Promise.all([
    collaborationsOfInvitations(invitations.map((invitation) => invitation._id)),
    partyNames(invitations),
  ]);
  const at = clockNow();
  for (const found of invitations) {
    const invitation =
      found.status === 'pending' ? ((await withdrawForClosedNeed(found, at)) ?? found) : found;
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
