import { Types } from 'mongoose';
import {
  sideOf,
  type Actor,
  type CollaborationSide,
  type MeetingDto,
  type ProposeMeetingInput,
  type RescheduleMeetingInput,
} from '@qs/shared';
import { now as clockNow } from '../../lib/clock';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  detail,
} from '../../lib/errors';
import { recordedEvent, recordedEvents, type MeetingEventData } from '../../lib/outbox';
import { partiesView, type CollaborationRecord } from '../collaborations';
import { MeetingModel, type MeetingRecord, type SlotRecord } from './meeting.model';
import { meetingReminders } from './reminders';

const iso = (at: Date) => at.toISOString();
const presentSlot = (slot: SlotRecord) => ({
  id: slot.id,
  start: iso(slot.start),
  end: iso(slot.end),
});

export function presentMeeting(record: MeetingRecord): MeetingDto {
  return {
    id: record._id.toString(),
    collaborationId: record.collaborationId.toString(),
    status: record.status,
    mode: record.mode,
    ...(record.address ? { address: record.address } : {}),
    ...(record.link ? { link: record.link } : {}),
    ...(record.note ? { note: record.note } : {}),
    slots: record.slots.map(presentSlot),
    proposedBy: record.proposedBy,
    ...(record.scheduled ? { scheduled: presentSlot(record.scheduled) } : {}),
    history: record.history.map((entry) => ({
      action: entry.action,
      side: entry.side,
      at: iso(entry.at),
      ...(entry.slots ? { slots: entry.slots.map(presentSlot) } : {}),
      ...(entry.mode ? { mode: entry.mode } : {}),
      ...(entry.address ? { address: entry.address } : {}),
      ...(entry.link ? { link: entry.link } : {}),
      ...(entry.reason ? { reason: entry.reason } : {}),
    })),
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  };
}

export function listMeetings(collaboration: CollaborationRecord): Promise<MeetingRecord[]> {
  return MeetingModel.find({ collaborationId: collaboration._id })
    .sort({ createdAt: -1, _id: -1 })
    .lean<MeetingRecord[]>();
}

/** A meeting of the collaboration; 404 when there is none (or it belongs to another). */
export async function loadMeeting(
  collaboration: CollaborationRecord,
  meetingId: string,
): Promise<MeetingRecord> {
  const record = await MeetingModel.findOne({
    _id: new Types.ObjectId(meetingId),
    collaborationId: collaboration._id,
  }).lean<MeetingRecord>();
  if (!record) throw new NotFoundError({ key: 'no_such_meeting' });
  return record;
}

export function findMeeting(id: string): Promise<MeetingRecord | null> {
  return MeetingModel.findById(new Types.ObjectId(id)).lean<MeetingRecord>();
}

export function dispatchMeetingEvents(id: Types.ObjectId): Promise<void> {
  return recordedEvents.dispatch(MeetingModel, id);
}

export function meetingEventData(
  record: MeetingRecord,
  side?: CollaborationSide,
): MeetingEventData {
  return {
    meetingId: record._id.toString(),
    collaborationId: record.collaborationId.toString(),
    invitationId: record.invitationId.toString(),
    needId: record.needId.toString(),
    organizationId: record.organizationId.toString(),
    expertId: record.expertId.toString(),
    ...(side ? { side } : {}),
  };
}

/** The caller's side; staff read meetings but move none. */
function sideIn(actor: Actor, collaboration: CollaborationRecord): CollaborationSide {
  const side = sideOf(actor, partiesView(collaboration));
  if (!side) throw new ForbiddenError({ key: 'meeting_sides_only' });
  return side;
}

function assertArranging(collaboration: CollaborationRecord): void {
  if (collaboration.status !== 'active' && collaboration.status !== 'agreed')
    throw new ConflictError({
      key: 'collaboration_status',
      params: { status: collaboration.status },
    });
}

/** The offered slots, each starting in the future, with ids to pick them by. */
function slotsOf(input: ProposeMeetingInput, now: Date): SlotRecord[] {
  const past = input.slots.findIndex((slot) => Date.parse(slot.start) <= now.getTime());
  if (past >= 0)
    throw new ValidationError({
      details: [detail(`slots.${past}.start`, 'must_be_future')],
    });
  return input.slots
    .map((slot) => ({
      id: new Types.ObjectId().toString(),
      start: new Date(slot.start),
      end: new Date(slot.end),
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

function placeOf(input: ProposeMeetingInput) {
  return input.mode === 'onsite'
    ? { mode: input.mode, address: input.address as string }
    : { mode: input.mode, link: input.link as string };
}

export async function proposeMeeting(
  actor: Actor,
  collaboration: CollaborationRecord,
  input: ProposeMeetingInput,
): Promise<MeetingRecord> {
  const side = sideIn(actor, collaboration);
  assertArranging(collaboration);
  const at = clockNow();
  const slots = slotsOf(input, at);
  const place = placeOf(input);
  const _id = new Types.ObjectId();
  const fields = {
    _id,
    collaborationId: collaboration._id,
    invitationId: collaboration.invitationId,
    needId: collaboration.needId,
    organizationId: collaboration.organizationId,
    expertId: collaboration.expertId,
  };
  const by = new Types.ObjectId(actor.id);
  const created = await MeetingModel.create({
    ...fields,
    status: 'proposed',
    ...place,
    ...(input.note ? { note: input.note } : {}),
    slots,
    proposedBy: side,
    history: [{ action: 'proposed', side, by, at, slots, ...place }],
    outbox: [
      recordedEvent(
        'meeting.proposed',
        `meeting.proposed:${_id.toString()}:0`,
        meetingEventData(fields as MeetingRecord, side),
        at,
      ),
    ],
  });
  await dispatchMeetingEvents(_id);
  return created.toObject() as MeetingRecord;
}

/**
 * One move of a meeting, written only if nothing moved it meanwhile (the history still has the
 * length it was read with), with its event in the same write.
 */
async function move(
  current: MeetingRecord,
  change: { $set?: Record<string, unknown>; $unset?: Record<string, 1> },
  entry: MeetingRecord['history'][number],
  event: 'meeting.scheduled' | 'meeting.rescheduled' | 'meeting.cancelled',
  reason?: string,
): Promise<MeetingRecord> {
  const index = current.history.length;
  const id = current._id.toString();
  const saved = await MeetingModel.findOneAndUpdate(
    { _id: current._id, history: { $size: index } },
    {
      ...change,
      $push: {
        history: entry,
        outbox: recordedEvent(
          event,
          `${event}:${id}:${index}`,
          { ...meetingEventData(current, entry.side), ...(reason ? { reason } : {}) },
          entry.at,
        ),
      },
    },
    { returnDocument: 'after' },
  ).lean<MeetingRecord>();
  if (!saved) throw new ConflictError({ key: 'meeting_changed' });
  await dispatchMeetingEvents(saved._id);
  return saved;
}

/** The side that did not offer the slots picks one: the meeting is scheduled. */
export async function pickSlot(
  actor: Actor,
  collaboration: CollaborationRecord,
  current: MeetingRecord,
  slotId: string,
): Promise<MeetingRecord> {
  const side = sideIn(actor, collaboration);
  assertArranging(collaboration);
  if (current.status !== 'proposed')
    throw new ConflictError({ key: 'meeting_status', params: { status: current.status } });
  if (current.proposedBy === side) throw new ForbiddenError({ key: 'meeting_other_side_picks' });
  const slot = current.slots.find((candidate) => candidate.id === slotId);
  if (!slot)
    throw new ValidationError({
      details: [detail('slotId', 'not_a_slot')],
    });
  const at = clockNow();
  if (slot.start <= at) throw new ConflictError({ key: 'slot_passed' });
  const [nextReminder] = meetingReminders(slot.start, at);
  return move(
    current,
    {
      $set: { status: 'scheduled', scheduled: slot, ...(nextReminder ? { nextReminder } : {}) },
      ...(nextReminder ? {} : { $unset: { nextReminder: 1 } }),
    },
    { action: 'picked', side, by: new Types.ObjectId(actor.id), at, slots: [slot] },
    'meeting.scheduled',
  );
}

/** New slots (and place) from either side: back to proposed, the other side picks again. */
export async function rescheduleMeeting(
  actor: Actor,
  collaboration: CollaborationRecord,
  current: MeetingRecord,
  input: RescheduleMeetingInput,
): Promise<MeetingRecord> {
  const side = sideIn(actor, collaboration);
  assertArranging(collaboration);
  if (current.status === 'cancelled') throw new ConflictError({ key: 'meeting_cancelled' });
  const at = clockNow();
  const slots = slotsOf(input, at);
  const place = placeOf(input);
  const unset: Record<string, 1> = { scheduled: 1, nextReminder: 1 };
  unset[place.mode === 'onsite' ? 'link' : 'address'] = 1;
  if (!input.note) unset.note = 1;
  return move(
    current,
    {
      $set: {
        status: 'proposed',
        ...place,
        ...(input.note ? { note: input.note } : {}),
        slots,
        proposedBy: side,
      },
      $unset: unset,
    },
    {
      action: 'rescheduled',
      side,
      by: new Types.ObjectId(actor.id),
      at,
      slots,
      ...place,
      ...(input.reason ? { reason: input.reason } : {}),
    },
    'meeting.rescheduled',
    input.reason,
  );
}

export async function cancelMeeting(
  actor: Actor,
  collaboration: CollaborationRecord,
  current: MeetingRecord,
  reason?: string,
): Promise<MeetingRecord> {
  const side = sideIn(actor, collaboration);
  if (current.status === 'cancelled') throw new ConflictError({ key: 'meeting_cancelled' });
  return move(
    current,
    { $set: { status: 'cancelled' }, $unset: { nextReminder: 1 } },
    {
      action: 'cancelled',
      side,
      by: new Types.ObjectId(actor.id),
      at: clockNow(),
      ...(reason ? { reason } : {}),
    },
    'meeting.cancelled',
    reason,
  );
}
