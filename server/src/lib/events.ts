import { EventEmitter } from 'node:events';
import type {
  CollaborationDto,
  ExtractionDto,
  InvitationDto,
  MessageDto,
  MessageReadPayload,
  NotificationDto,
} from '@qs/shared';

/**
 * The two sides of a conversation, as rooms reach them: the active members of the organization
 * and the expert's account. No lookup of who they are stands between a message and its push.
 */
export interface ConversationSides {
  organizationId: string;
  expertId: string;
}

/**
 * Events handled in this process only, after the write: live pushes (`userIds` names the users
 * concerned, so that the Socket.io layer reaches them without knowing the domain) and changes whose
 * only consequence is a fresher cache. What must not be lost is recorded with the change instead
 * (lib/outbox); its subscribers emit the live pushes here.
 */
export interface DomainEvents {
  'invitation:new': { invitation: InvitationDto; userIds: string[] };
  'invitation:updated': { invitation: InvitationDto; userIds: string[] };
  'collaboration:updated': { collaboration: CollaborationDto; userIds: string[] };
  'notification.created': { userId: string; notification: NotificationDto; unread: number };
  'message.created': { message: MessageDto; sides: ConversationSides };
  'message.read': MessageReadPayload & { sides: ConversationSides };
  /** an account's membership changed: its open connections must pick up its new rights */
  'membership.changed': { userId: string };
  /** a session ended (logout): its open connections close */
  'session.ended': { sessionId: string };
  'need.created': { needId: string };
  /** experts were first matched to the need (the statistics' funnel counts it) */
  'need.matched': { needId: string };
  'expert.verified': { expertId: string };
  'expert.rejected': { expertId: string };
  /** an account claimed an imported profile */
  'expert.claimed': { expertId: string };
  'experts.imported': { created: number; updated: number };
  /** something the bureau's statistics count has changed (the stats module says what) */
  'stats.changed': Record<string, never>;
  /** a draw's members or trail changed: to the need's organization and the staff */
  'extraction:updated': { extraction: ExtractionDto; organizationId: string };
}

export type DomainEventName = keyof DomainEvents;
type Listener<K extends DomainEventName> = (payload: DomainEvents[K]) => void | Promise<void>;

/** A typed event bus whose listeners run after the emitting write, never inside it. */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor(private readonly onError: (err: unknown, event: DomainEventName) => void) {}

  /** Subscribes; the returned function unsubscribes. */
  on<K extends DomainEventName>(event: K, listener: Listener<K>): () => void {
    const run = (payload: DomainEvents[K]) => {
      // A failing listener is reported, never thrown back at the emitter.
      Promise.resolve()
        .then(() => listener(payload))
        .catch((err: unknown) => this.onError(err, event));
    };
    this.emitter.on(event, run);
    return () => {
      this.emitter.off(event, run);
    };
  }

  /** Returns at once: listeners run on a later turn of the event loop. */
  emit<K extends DomainEventName>(event: K, payload: DomainEvents[K]): void {
    setImmediate(() => this.emitter.emit(event, payload));
  }
}

/** The process's one bus (like mongoose, one platform per process). */
export const domainEvents = new EventBus((err, event) => {
  console.error(`listener of ${event} failed`, err);
});
