import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Collection, Schema, Types } from 'mongoose';
import type { Document, UpdateFilter } from 'mongodb';

/**
 * The domain events whose consequences must not be lost, with their data. Each is recorded on the
 * record that changed, in the same single-document write as the change, so that without
 * transactions a change and its event are kept or lost together.
 */
export interface RecordedEvents {
  'invitation.created': InvitationEventData;
  'invitation.accepted': InvitationEventData & { by: string };
  'invitation.declined': InvitationEventData & { reason?: string };
  'invitation.withdrawn': InvitationEventData & { reason?: string; needClosed?: boolean };
  'invitation.expired': InvitationEventData;
  'invitation.reminded': InvitationEventData & { reminder: InvitationReminder; expiresAt: string };
  'collaboration.started': CollaborationEventData;
  'collaboration.agreed': CollaborationEventData & { side: Side };
  'collaboration.completed': CollaborationEventData & { side: Side };
  'collaboration.cancelled': CollaborationEventData & { side: Side; reason?: string };
  'collaboration.rated': CollaborationEventData & { side: Side; score: number };
  'collaboration.agreement-reminded': CollaborationEventData & { days: number };
  'extraction.drawn': ExtractionEventData;
  'extraction.topped-up': ExtractionEventData;
  'meeting.proposed': MeetingEventData;
  'meeting.scheduled': MeetingEventData;
  'meeting.rescheduled': MeetingEventData;
  'meeting.cancelled': MeetingEventData & { reason?: string };
  'meeting.reminded': MeetingEventData & { reminder: MeetingReminder; startsAt: string };
  'need.closed': NeedClosedEventData;
  'interest.expressed': InterestEventData;
}

/** An expert's interest in an open need, for its organization to hear of. */
export interface InterestEventData {
  interestId: string;
  needId: string;
  organizationId: string;
  expertId: string;
}

/** A draw whose seats may need filling. */
export interface ExtractionEventData {
  extractionId: string;
  needId: string;
}

export type MeetingReminder = 'day-before' | 'hour-before';

/** A meeting's collaboration and parties, and the side that moved (the platform for reminders). */
export interface MeetingEventData extends CollaborationEventData {
  meetingId: string;
  side?: Side;
}

type Side = 'enterprise' | 'expert';
export type InvitationReminder = 'halfway' | 'day-before';

/** Who an invitation joins: what the subscribers need without reading the invitation. */
export interface InvitationEventData {
  invitationId: string;
  needId: string;
  organizationId: string;
  expertId: string;
  invitedBy: string;
}

export interface CollaborationEventData {
  collaborationId: string;
  invitationId: string;
  needId: string;
  organizationId: string;
  expertId: string;
}

/** A need closed by its enterprise, with the message for the experts it invited. */
export interface NeedClosedEventData {
  needId: string;
  organizationId: string;
  closedBy: string;
  message?: string;
}

export type RecordedEventName = keyof RecordedEvents;

/** An event waiting on its record until every subscriber has handled it. */
export interface PendingEvent {
  /** Names the event: the same change recorded twice is one event. */
  _id: string;
  name: RecordedEventName;
  data: object;
  at: Date;
  /** the subscribers that handled it already */
  done: string[];
  attempts: number;
  retryAt?: Date;
}

/** A model whose records carry events: only its collection is used, below mongoose's middleware. */
export interface EventSource {
  modelName: string;
  collection: Collection;
}

interface Claim {
  holder: string;
  until: Date;
}

interface CarrierFields {
  _id: Types.ObjectId;
  outbox?: PendingEvent[];
  outboxClaim?: Claim;
}

/** What a subscriber is told besides the data. */
export interface EventMeta {
  key: string;
  /** when the change happened, on the platform's clock */
  at: Date;
}

type Handler<K extends RecordedEventName> = (
  data: RecordedEvents[K],
  meta: EventMeta,
) => Promise<unknown>;

interface Subscriber {
  name: string;
  handle: (data: never, meta: EventMeta) => Promise<unknown>;
}

/** The event to push onto a record's `outbox` with the change it reports. */
export function recordedEvent<K extends RecordedEventName>(
  name: K,
  key: string,
  data: RecordedEvents[K],
  at: Date,
): PendingEvent {
  return { _id: key, name, data, at, done: [], attempts: 0 };
}

/** Gives a schema the `outbox` its changes record their events in. */
export function carriesEvents(schema: Schema): void {
  schema.add({ outbox: { type: [Object], default: undefined }, outboxClaim: { type: Object } });
  schema.index({ 'outbox._id': 1 }, { sparse: true });
}

/** Long enough for any subscriber; a dispatcher that died is replaced after it. */
const CLAIM_MS = 30_000;
const WAIT_STEP_MS = 25;
const MAX_BACKOFF_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Events are recorded but not handled: the state of a process that died right after its writes. */
class EventsHeldError extends Error {
  constructor() {
    super('domain events are held; they will be handled after a restart');
  }
}

/**
 * Runs the subscribers of recorded events, at least once each, whichever process gets there first.
 * The writer dispatches its record's events at once (`dispatch`), so that a request answers with
 * their consequences in place; a sweep (`sweep`, a leased job) takes whatever a crash, a failing
 * subscriber or a held dispatcher left behind. A record is claimed while its events run, so two
 * processes never run them at once; each subscriber is marked done as it finishes, so a retry
 * runs only the rest; the event leaves the record when all have. Subscribers are idempotent still:
 * a crash between a subscriber's work and its mark repeats it.
 */
export class EventDispatcher {
  private readonly subscribers = new Map<RecordedEventName, Subscriber[]>();
  private readonly sources = new Map<string, EventSource>();
  private readonly holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private held = false;

  /** Told of each failing subscriber; the platform logs it. */
  onError: (err: unknown, event: string, subscriber: string) => void = () => undefined;

  /** A model whose records carry events (see `carriesEvents`); the sweep looks there. */
  addSource(model: EventSource): void {
    this.sources.set(model.modelName, model);
  }

  /** Subscribes under a unique name (it marks the work done); the returned function unsubscribes. */
  subscribe<K extends RecordedEventName>(event: K, name: string, handle: Handler<K>): () => void {
    const subscriber: Subscriber = { name, handle: handle as Subscriber['handle'] };
    const list = (this.subscribers.get(event) ?? []).filter((each) => each.name !== name);
    this.subscribers.set(event, [...list, subscriber]);
    return () => {
      const now = this.subscribers.get(event) ?? [];
      this.subscribers.set(
        event,
        now.filter((each) => each !== subscriber),
      );
    };
  }

  /** Held: events stay recorded and unhandled, for tests of recovery after a crash. */
  hold(held: boolean): void {
    this.held = held;
  }

  /**
   * Runs the pending events of one record now and waits for them, also when another process is
   * running them; rejects when a subscriber fails (the sweep retries it later).
   */
  async dispatch(model: EventSource, id: Types.ObjectId): Promise<void> {
    if (this.held) throw new EventsHeldError();
    const collection = model.collection;
    for (;;) {
      const claimed = await this.claim(model, { _id: id });
      // Again after a run: events recorded meanwhile wait on the record too.
      if (claimed) {
        await this.runClaimed(model, claimed, true);
        continue;
      }
      const left = await collection.findOne<CarrierFields>(
        { _id: id },
        { projection: { 'outbox._id': 1 } },
      );
      if (!left?.outbox?.length) return;
      await sleep(WAIT_STEP_MS);
    }
  }

  /** Runs what is left on every record, up to `limit` records per source; answers how many ran. */
  async sweep(limit = 100): Promise<number> {
    if (this.held) return 0;
    let ran = 0;
    for (const model of this.sources.values()) {
      const now = new Date();
      const waiting = await model.collection
        .find<CarrierFields>(
          { 'outbox._id': { $exists: true }, ...claimable(now) },
          { projection: { 'outbox.retryAt': 1 } },
        )
        .limit(limit)
        .toArray();
      for (const record of waiting) {
        const retryAt = record.outbox?.[0]?.retryAt;
        if (retryAt && retryAt > now) continue;
        const claimed = await this.claim(model, { _id: record._id });
        if (!claimed) continue;
        await this.runClaimed(model, claimed, false);
        ran++;
      }
    }
    return ran;
  }

  private async claim(model: EventSource, filter: object): Promise<CarrierFields | null> {
    const now = new Date();
    return model.collection.findOneAndUpdate(
      { ...filter, 'outbox._id': { $exists: true }, ...claimable(now) },
      { $set: { outboxClaim: { holder: this.holder, until: new Date(now.getTime() + CLAIM_MS) } } },
      { returnDocument: 'after', projection: { outbox: 1, outboxClaim: 1 } },
    ) as Promise<CarrierFields | null>;
  }

  /** Runs the record's events in order, stopping at the first that fails; then lets go of it. */
  private async runClaimed(model: EventSource, record: CarrierFields, rethrow: boolean) {
    const collection = model.collection;
    try {
      for (const event of record.outbox ?? []) {
        for (const subscriber of this.subscribers.get(event.name) ?? []) {
          if (event.done.includes(subscriber.name)) continue;
          try {
            await subscriber.handle(event.data as never, { key: event._id, at: event.at });
          } catch (err) {
            this.onError(err, event.name, subscriber.name);
            const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** event.attempts);
            await collection.updateOne(
              { _id: record._id, 'outbox._id': event._id },
              {
                $inc: { 'outbox.$.attempts': 1 },
                $set: { 'outbox.$.retryAt': new Date(Date.now() + backoff) },
              },
            );
            if (rethrow) throw err;
            return;
          }
          await collection.updateOne(
            { _id: record._id, 'outbox._id': event._id },
            { $addToSet: { 'outbox.$.done': subscriber.name } },
          );
        }
        const leave: UpdateFilter<CarrierFields> = { $pull: { outbox: { _id: event._id } } };
        await collection.updateOne({ _id: record._id }, leave as UpdateFilter<Document>);
      }
    } finally {
      await collection.updateOne(
        { _id: record._id, 'outboxClaim.holder': this.holder },
        { $unset: { outboxClaim: '' } },
      );
    }
  }
}

function claimable(now: Date) {
  return { $or: [{ outboxClaim: { $exists: false } }, { 'outboxClaim.until': { $lte: now } }] };
}

/** The process's one dispatcher (like mongoose and the bus, one platform per process). */
export const recordedEvents = new EventDispatcher();
