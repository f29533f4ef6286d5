import {
  collaborationEventPayloadSchema,
  extractionEventPayloadSchema,
  invitationEventPayloadSchema,
  messageNewPayloadSchema,
  messageReadPayloadSchema,
  notificationEventPayloadSchema,
  serverEvents,
  statsUpdatedPayloadSchema,
  type NotificationDto,
} from '@qs/shared';
import type { Socket } from 'socket.io-client';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { meQueryKey } from '../features/auth';
import {
  applyCollaboration,
  collaborationKeys,
  invalidateCollaborations,
} from '../features/collaborations';
import { expertQueryKey } from '../features/experts';
import { applyInvitation, invitationKeys } from '../features/invitations';
import { applyExtraction, extractionsKeyPrefix } from '../features/matching';
import { invalidateMemberships } from '../features/memberships';
import { applyMessage, applyRead, invalidateMessaging } from '../features/messaging';
import { addNotification, invalidateNotifications } from '../features/notifications';
import { invalidateStats } from '../features/stats';
import {
  createSocket,
  onServerEvent,
  RealtimeSocketContext,
  RealtimeStatusContext,
  watchConnection,
  type RealtimeStatus,
} from '../lib/socket';
import { followQuestionNotice } from '../features/invitation-questions';
import { followMeetingNotice } from '../features/meetings';

/**
 * After a gap in the connection, whatever the server pushed meanwhile is fetched instead; the
 * account too, since the server closes the connection when its membership changes.
 */
function refetchMissed(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: meQueryKey });
  void queryClient.invalidateQueries({ queryKey: invitationKeys.all });
  void queryClient.invalidateQueries({ queryKey: collaborationKeys.all });
  invalidateNotifications(queryClient);
  invalidateMessaging(queryClient);
  invalidateStats(queryClient);
  void queryClient.invalidateQueries({ queryKey: extractionsKeyPrefix });
}

/** A request to join lists itself; a decision on one's own membership changes what one may use. */
function followMembership(queryClient: QueryClient, { type }: NotificationDto) {
  if (type === 'membership.requested') invalidateMemberships(queryClient);
  else if (type.startsWith('membership.'))
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
}

/** The expert's page: an accepted invitation opens the contact, a rating moves the average. */
function refreshExpert(queryClient: QueryClient, expertId: string) {
  void queryClient.invalidateQueries({ queryKey: expertQueryKey(expertId) });
}

/**
 * One live connection per signed-in session, open while the signed-in shell is mounted: it
 * connects after sign-in and closes on sign-out (or when another user signs in). Pushed
 * events update the caches, so that every page on screen follows without a reload.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<RealtimeStatus>('connecting');
  // Created disconnected, one per mounted provider (keyed on the user): the effect connects it.
  const [socket] = useState<Socket>(createSocket);

  useEffect(() => {
    const unsubscribes = [
      watchConnection(socket, {
        onStatus: setStatus,
        onReconnect: () => refetchMissed(queryClient),
        // The session may have ended: the guard then sends the user to the login page.
        onUnauthenticated: () => void queryClient.invalidateQueries({ queryKey: meQueryKey }),
      }),
      onServerEvent(socket, serverEvents.invitationNew, invitationEventPayloadSchema, (event) =>
        applyInvitation(queryClient, event.invitation),
      ),
      onServerEvent(
        socket,
        serverEvents.invitationUpdated,
        invitationEventPayloadSchema,
        ({ invitation }) => {
          applyInvitation(queryClient, invitation);
          if (invitation.status === 'accepted') {
            invalidateCollaborations(queryClient);
            refreshExpert(queryClient, invitation.expertId);
          }
        },
      ),
      onServerEvent(
        socket,
        serverEvents.collaborationUpdated,
        collaborationEventPayloadSchema,
        ({ collaboration }) => {
          applyCollaboration(queryClient, collaboration);
          refreshExpert(queryClient, collaboration.expertId);
        },
      ),
      onServerEvent(
        socket,
        serverEvents.notification,
        notificationEventPayloadSchema,
        ({ notification, unread }) => {
          addNotification(queryClient, notification, unread);
          followMembership(queryClient, notification);
          followQuestionNotice(queryClient, notification);
          followMeetingNotice(queryClient, notification);
        },
      ),
      onServerEvent(socket, serverEvents.messageNew, messageNewPayloadSchema, ({ message }) =>
        applyMessage(queryClient, message),
      ),
      onServerEvent(socket, serverEvents.messageRead, messageReadPayloadSchema, (read) =>
        applyRead(queryClient, read),
      ),
      onServerEvent(socket, serverEvents.statsUpdated, statsUpdatedPayloadSchema, () =>
        invalidateStats(queryClient),
      ),
      onServerEvent(
        socket,
        serverEvents.extractionUpdated,
        extractionEventPayloadSchema,
        ({ extraction }) => applyExtraction(queryClient, extraction),
      ),
    ];
    socket.connect();
    return () => {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      socket.disconnect();
    };
  }, [queryClient, socket]);

  return (
    <RealtimeSocketContext value={socket}>
      <RealtimeStatusContext value={status}>{children}</RealtimeStatusContext>
    </RealtimeSocketContext>
  );
}
