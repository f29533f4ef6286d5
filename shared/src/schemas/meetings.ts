import { z } from 'zod';
import { collaborationSides } from './collaborations';
import { paragraphs, text } from './common';

export const meetingModes = ['onsite', 'remote'] as const;
export type MeetingMode = (typeof meetingModes)[number];

/**
 * `proposed -> scheduled` (the other side picks a slot), `proposed | scheduled -> proposed`
 * (either side reschedules with new slots), `proposed | scheduled -> cancelled` (final).
 */
export const meetingStatuses = ['proposed', 'scheduled', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingActions = ['proposed', 'picked', 'rescheduled', 'cancelled'] as const;
export type MeetingAction = (typeof meetingActions)[number];

export const MAX_MEETING_SLOTS = 5;
const MAX_MEETING_HOURS = 12;

export const meetingSlotInputSchema = z
  .strictObject({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) })
  .refine((slot) => Date.parse(slot.end) > Date.parse(slot.start), {
    message: 'must be after the start',
    path: ['end'],
  })
  .refine(
    (slot) => Date.parse(slot.end) - Date.parse(slot.start) <= MAX_MEETING_HOURS * 3_600_000,
    { message: `must be at most ${MAX_MEETING_HOURS} hours after the start`, path: ['end'] },
  );

const meetingLink = z.url({ protocol: /^https?$/, message: 'must be an http(s) link' }).max(500);

const placeFields = {
  mode: z.enum(meetingModes),
  address: text(300).optional(),
  link: meetingLink.optional(),
  note: paragraphs(1000).optional(),
  slots: z.array(meetingSlotInputSchema).min(1).max(MAX_MEETING_SLOTS),
};

function requirePlace(
  input: { mode: MeetingMode; address?: string; link?: string },
  ctx: z.RefinementCtx,
): void {
  if (input.mode === 'onsite' && !input.address)
    ctx.addIssue({ code: 'custom', path: ['address'], message: 'is required on site' });
  if (input.mode === 'remote' && !input.link)
    ctx.addIssue({ code: 'custom', path: ['link'], message: 'is required for a remote meeting' });
}

/** Where and when: on site at an address, or remote at a link, in 1 to 5 slots. */
export const proposeMeetingSchema = z.strictObject(placeFields).superRefine(requirePlace);
export type ProposeMeetingInput = z.infer<typeof proposeMeetingSchema>;

/** New slots (and place) for a meeting, proposed or scheduled: the other side picks again. */
export const rescheduleMeetingSchema = z
  .strictObject({ ...placeFields, reason: paragraphs(1000).min(1).optional() })
  .superRefine(requirePlace);
export type RescheduleMeetingInput = z.infer<typeof rescheduleMeetingSchema>;

export const pickMeetingSlotSchema = z.strictObject({ slotId: z.string().min(1).max(40) });
export type PickMeetingSlotInput = z.infer<typeof pickMeetingSlotSchema>;

export const cancelMeetingSchema = z.strictObject({
  reason: paragraphs(1000).min(1).optional(),
});
export type CancelMeetingInput = z.infer<typeof cancelMeetingSchema>;

export const meetingSlotSchema = z.object({ id: z.string(), start: z.string(), end: z.string() });
export type MeetingSlot = z.infer<typeof meetingSlotSchema>;

export const meetingHistoryEntrySchema = z.object({
  action: z.enum(meetingActions),
  side: z.enum(collaborationSides),
  at: z.string(),
  /** the slots offered (proposed, rescheduled) or the one picked */
  slots: z.array(meetingSlotSchema).optional(),
  mode: z.enum(meetingModes).optional(),
  address: z.string().optional(),
  link: z.string().optional(),
  reason: z.string().optional(),
});

export const meetingDtoSchema = z.object({
  id: z.string(),
  collaborationId: z.string(),
  status: z.enum(meetingStatuses),
  mode: z.enum(meetingModes),
  address: z.string().optional(),
  link: z.string().optional(),
  note: z.string().optional(),
  /** The slots on offer; the side that did not offer them picks one. */
  slots: z.array(meetingSlotSchema),
  proposedBy: z.enum(collaborationSides),
  /** The slot agreed on, once scheduled. */
  scheduled: meetingSlotSchema.optional(),
  history: z.array(meetingHistoryEntrySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingDto = z.infer<typeof meetingDtoSchema>;

export const meetingResponseSchema = z.object({ meeting: meetingDtoSchema });
export const meetingListSchema = z.object({ items: z.array(meetingDtoSchema) });
