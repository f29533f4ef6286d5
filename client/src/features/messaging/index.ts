export { useConversations, useUnreadTotal } from './api/get-conversations';
export { applyMessage, applyRead, invalidateMessaging } from './api/keys';
export { ConversationList } from './components/conversation-list';
export { ConversationView } from './components/conversation-view';
