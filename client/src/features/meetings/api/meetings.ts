import {
  cancelMeetingSchema,
  meetingRoutes,
  pickMeetingSlotSchema,
  proposeMeetingSchema,
  rescheduleMeetingSchema,
  type MeetingDto,
  type NotificationDto,
  type ProposeMeetingInput,
  type RescheduleMeetingInput,
} from '@qs/shared';
import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { call, routeUrl } from '../../../lib/api-client';

export const meetingKeys = {
  all: ['meetings'] as const,
  ofCollaboration: (collaborationId: string) => [...meetingKeys.all, collaborationId] as const,
};

export const useMeetings = (collaborationId: string) =>
  useQuery(
    queryOptions({
      queryKey: meetingKeys.ofCollaboration(collaborationId),
      queryFn: async ({ signal }) => {
        const { items } = await call(meetingRoutes.list, {
          params: { id: collaborationId },
          signal,
        });
        return items;
      },
    }),
  );

type Move =
  | { action: 'propose'; input: ProposeMeetingInput }
  | { action: 'pick'; meetingId: string; slotId: string }
  | { action: 'reschedule'; meetingId: string; input: RescheduleMeetingInput }
  | { action: 'cancel'; meetingId: string; reason?: string };

async function send(collaborationId: string, move: Move): Promise<MeetingDto> {
  const id = collaborationId;
  switch (move.action) {
    case 'propose':
      return (
        await call(meetingRoutes.propose, {
          params: { id },
          body: proposeMeetingSchema.parse(move.input),
        })
      ).meeting;
    case 'pick':
      return (
        await call(meetingRoutes.pick, {
          params: { id, meetingId: move.meetingId },
          body: pickMeetingSlotSchema.parse({ slotId: move.slotId }),
        })
      ).meeting;
    case 'reschedule':
      return (
        await call(meetingRoutes.reschedule, {
          params: { id, meetingId: move.meetingId },
          body: rescheduleMeetingSchema.parse(move.input),
        })
      ).meeting;
    case 'cancel':
      return (
        await call(meetingRoutes.cancel, {
          params: { id, meetingId: move.meetingId },
          body: cancelMeetingSchema.parse({ reason: move.reason }),
        })
      ).meeting;
  }
}

/** Every move of a meeting; the collaboration's meetings fetch again after it. */
export const useMeetingMove = (collaborationId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (move: Move) => send(collaborationId, move),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: meetingKeys.ofCollaboration(collaborationId) }),
  });
};

export const calendarUrl = (collaborationId: string, meetingId: string) =>
  routeUrl(meetingRoutes.calendar, { params: { id: collaborationId, meetingId } });

/** A pushed meeting notice: that collaboration's meetings fetch again. */
export function followMeetingNotice(queryClient: QueryClient, notification: NotificationDto) {
  const { collaborationId } = notification.data;
  if (notification.type.startsWith('meeting.') && typeof collaborationId === 'string')
    void queryClient.invalidateQueries({ queryKey: meetingKeys.ofCollaboration(collaborationId) });
}
