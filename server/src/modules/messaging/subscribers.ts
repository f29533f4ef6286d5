import { Types } from 'mongoose';
import type { EventDispatcher, RecordedEvents } from '../../lib/outbox';
import { insertOnce } from '../../lib/insert-once';
import { ConversationModel } from './conversation.model';

/** Opens the conversation of an accepted invitation, once: keyed on the invitation. */
async function openConversation(accepted: RecordedEvents['invitation.accepted']): Promise<void> {
  const invitationId = new Types.ObjectId(accepted.invitationId);
  await insertOnce(
    ConversationModel,
    { invitationId },
    {
      invitationId,
      needId: new Types.ObjectId(accepted.needId),
      organizationId: new Types.ObjectId(accepted.organizationId),
      expertId: new Types.ObjectId(accepted.expertId),
      participantUserIds: [new Types.ObjectId(accepted.invitedBy), new Types.ObjectId(accepted.by)],
    },
  );
}

/** The conversation an accepted invitation opened, if it is open yet. */
export async function conversationOfInvitation(
  invitationId: Types.ObjectId,
): Promise<string | undefined> {
  const found = await ConversationModel.findOne({ invitationId }, { _id: 1 }).lean();
  return found?._id.toString();
}

/** What messaging does after changes elsewhere. */
export function registerMessagingSubscribers(events: EventDispatcher): Array<() => void> {
  return [events.subscribe('invitation.accepted', 'messaging.open-conversation', openConversation)];
}
