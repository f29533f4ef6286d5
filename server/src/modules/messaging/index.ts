export { ConversationModel, type ConversationRecord } from './conversation.model';
export { MessageModel, type MessageRecord } from './message.model';
export { registerMessagingRoutes } from './messaging.routes';
export { conversationRoom, handleMessagingEvents } from './messaging.socket';
