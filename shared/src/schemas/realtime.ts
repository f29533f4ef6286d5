import { z } from 'zod';
import { collaborationDtoSchema } from './collaborations';
import { extractionDtoSchema } from './matching';
import { invitationDtoSchema } from './invitations';
import { notificationDtoSchema } from './notifications';

/** Socket.io events the server pushes to a user's connections, with their payloads. */
export const serverEvents = {
  invitationNew: 'invitation:new',
  invitationUpdated: 'invitation:updated',
  collaborationUpdated: 'collaboration:updated',
  notification: 'notification',
  messageNew: 'message:new',
  messageRead: 'message:read',
  typing: 'typing',
  /** to the bureau and admins: statistics changed, refetch */
  statsUpdated: 'stats:updated',
  /** to the need's organization and the staff: a draw's members or trail changed */
  extractionUpdated: 'extraction:updated',
} as const;

export const invitationEventPayloadSchema = z.object({ invitation: invitationDtoSchema });
export const collaborationEventPayloadSchema = z.object({ collaboration: collaborationDtoSchema });
export const notificationEventPayloadSchema = z.object({
  notification: notificationDtoSchema,
  unread: z.number().int(),
});
export type InvitationEventPayload = z.infer<typeof invitationEventPayloadSchema>;
export type CollaborationEventPayload = z.infer<typeof collaborationEventPayloadSchema>;
export type NotificationEventPayload = z.infer<typeof notificationEventPayloadSchema>;

export const extractionEventPayloadSchema = z.object({ extraction: extractionDtoSchema });
export type ExtractionEventPayload = z.infer<typeof extractionEventPayloadSchema>;
