import type { Rule } from './actor';
import { isEnterpriseSide, isExpertSide, type PartiesView } from './parties';

export interface ConversationPolicies {
  /**
   * Read and write a conversation: its two sides only, the enterprise's users and the expert.
   * Chats are private: the bureau reads collaborations, not their messages.
   */
  'conversations:participate': Rule<PartiesView>;
}

export const conversationPolicies: ConversationPolicies = {
  'conversations:participate': (actor, parties) =>
    isEnterpriseSide(actor, parties) || isExpertSide(actor, parties),
};
