import { meetingRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  authorizeCollaboration,
  loadCollaboration,
  partyNames,
  type CollaborationRecord,
} from '../collaborations';
import { meetingCalendar } from './meetings.calendar';
import {
  cancelMeeting,
  listMeetings,
  loadMeeting,
  pickSlot,
  presentMeeting,
  proposeMeeting,
  rescheduleMeeting,
} from './meetings.service';
import type { MeetingRecord } from './meeting.model';

interface Loaded {
  collaboration: CollaborationRecord;
  meeting: MeetingRecord;
}

/** The collaboration, authorized first so that a stranger learns nothing of its meetings. */
const loadBoth = async ({ params }: { params: { id: string; meetingId: string } }) => {
  const collaboration = await loadCollaboration(params.id);
  return { collaboration, meetingId: params.meetingId };
};

export function registerMeetingRoutes(api: ApiRouter): void {
  api.pipeline(meetingRoutes.list, {
    load: ({ params }) => loadCollaboration(params.id),
    authorize: ({ actor }, collaboration) =>
      authorizeCollaboration(actor, 'collaborations:read', collaboration),
    command: async (_ctx, collaboration) => listMeetings(collaboration),
    present: (_ctx, meetings) => ({ items: meetings.map(presentMeeting) }),
  });

  api.pipeline(meetingRoutes.propose, {
    load: ({ params }) => loadCollaboration(params.id),
    authorize: ({ actor }, collaboration) =>
      authorizeCollaboration(actor, 'collaborations:move', collaboration),
    command: ({ actor, body }, collaboration) => proposeMeeting(actor, collaboration, body),
    present: (_ctx, meeting) => ({ meeting: presentMeeting(meeting) }),
  });

  const moving = {
    load: loadBoth,
    authorize: (
      { actor }: { actor: Parameters<typeof authorizeCollaboration>[0] },
      { collaboration }: { collaboration: CollaborationRecord },
    ) => authorizeCollaboration(actor, 'collaborations:move', collaboration),
  };
  const withMeeting = async (loaded: { collaboration: CollaborationRecord; meetingId: string }) =>
    ({
      collaboration: loaded.collaboration,
      meeting: await loadMeeting(loaded.collaboration, loaded.meetingId),
    }) satisfies Loaded;

  api.pipeline(meetingRoutes.pick, {
    ...moving,
    command: async ({ actor, body }, loaded) => {
      const { collaboration, meeting } = await withMeeting(loaded);
      return pickSlot(actor, collaboration, meeting, body.slotId);
    },
    present: (_ctx, meeting) => ({ meeting: presentMeeting(meeting) }),
  });

  api.pipeline(meetingRoutes.reschedule, {
    ...moving,
    command: async ({ actor, body }, loaded) => {
      const { collaboration, meeting } = await withMeeting(loaded);
      return rescheduleMeeting(actor, collaboration, meeting, body);
    },
    present: (_ctx, meeting) => ({ meeting: presentMeeting(meeting) }),
  });

  api.pipeline(meetingRoutes.cancel, {
    ...moving,
    command: async ({ actor, body }, loaded) => {
      const { collaboration, meeting } = await withMeeting(loaded);
      return cancelMeeting(actor, collaboration, meeting, body.reason);
    },
    present: (_ctx, meeting) => ({ meeting: presentMeeting(meeting) }),
  });

  api.pipeline(meetingRoutes.calendar, {
    load: loadBoth,
    authorize: ({ actor }, { collaboration }) =>
      authorizeCollaboration(actor, 'collaborations:read', collaboration),
    command: (_ctx, loaded) => withMeeting(loaded),
    present: async ({ res }, { collaboration, meeting }) => {
      const names = (await partyNames([collaboration]))(collaboration);
      const ics = meetingCalendar(meeting, names);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="meeting.ics"');
      res.send(ics);
    },
  });
}
