export type { ConversationRecord } from './conversation.model';
export type { MessageRecord } from './message.model';
export { registerMessagingRoutes } from './messaging.routes';
export { conversationRoom, handleMessagingEvents } from './messaging.socket';
export { openConversation, type AcceptedInvitation } from './messaging.service';
