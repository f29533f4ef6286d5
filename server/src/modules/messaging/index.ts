export { ConversationModel, type ConversationRecord } from './conversation.model';
