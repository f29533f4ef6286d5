export type { ConversationRecord } from './conversation.model';
export type { MessageRecord } from './message.model';
export { registerMessagingRoutes } from './messaging.routes';
export { conversationRoom, handleMessagingEvents } from './messaging.socket';
export { conversationOfInvitation, registerMessagingSubscribers } from './subscribers';
