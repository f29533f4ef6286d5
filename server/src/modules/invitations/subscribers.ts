import type { CollaborationSide, NotificationType } from '@qs/shared';
import type { EventBus } from '../../lib/events';
import type { Logger } from '../../lib/logger';
import type { EventDispatcher, InvitationEventData, RecordedEvents } from '../../lib/outbox';
import { beijingDateTime } from '../../lib/time';
import { findUserById } from '../auth';
import { partiesOf, presentParties } from '../collaborations';
import { findInvitation, recordAcceptedPair } from '../invitation-store';
import type { Mailer } from '../mail';
import { notify } from '../notifications';
import { sendClosingNotices } from './closing-notices';
import { presentOne } from './invitations.service';

export interface InvitationSubscriberDeps {
  bus: EventBus;
  mail: Mailer;
  logger: Logger;
}

/**
 * Tells one side (a notification, keyed on the event so that a repeat stores nothing new) and,
 * when the notice is new, pushes the invitation live: a new one to the expert, a changed one to
 * both sides. A repeated event thus pushes nothing twice.
 */
async function announce(
  bus: EventBus,
  data: InvitationEventData & { reason?: string },
  type: NotificationType,
  to: CollaborationSide,
): Promise<void> {
  const record = await findInvitation(data.invitationId);
  if (!record) return;
  const { names, users } = await partiesOf(record);
  const fresh = await notify(users[to], {
    type,
    key: `${type}:${data.invitationId}`,
    data: {
      ...presentParties(record, names),
      invitationId: data.invitationId,
      ...(data.reason ? { reason: data.reason } : {}),
    },
  });
  if (fresh === 0) return;
  // With the parallel counts, so that a pushed invitation shows what a fetched one does.
  const invitation = await presentOne(record);
  if (type === 'invitation.new') bus.emit('invitation:new', { invitation, userIds: users.expert });
  else
    bus.emit('invitation:updated', { invitation, userIds: [...users.enterprise, ...users.expert] });
}

type Reminded = RecordedEvents['invitation.reminded'];

/** The reminder's in-app notice to the expert, once per reminder. */
async function remind(data: Reminded): Promise<void> {
  const record = await findInvitation(data.invitationId);
  if (!record) return;
  const { names, users } = await partiesOf(record);
  await notify(users.expert, {
    type: 'invitation.reminder',
    key: `invitation.reminder:${data.reminder}:${data.invitationId}`,
    data: {
      ...presentParties(record, names),
      invitationId: data.invitationId,
      reminder: data.reminder,
      expiresAt: beijingDateTime(new Date(data.expiresAt)),
    },
  });
}

/**
 * The reminder's mail to the expert's account. The platform keeps no language per account, so it
 * writes in Chinese, the platform's language. Marked done once sent: a crash between the SMTP
 * server's acceptance and the mark is the one case that mails twice.
 */
async function mailReminder({ mail, logger }: InvitationSubscriberDeps, data: Reminded) {
  const record = await findInvitation(data.invitationId);
  if (!record) return;
  const { names, users } = await partiesOf(record);
  for (const userId of users.expert) {
    const user = await findUserById(userId);
    if (!user) continue;
    const sent = await mail.send({
      to: user.email,
      language: 'zh',
      template: 'invitation-reminder',
      data: {
        organizationName: names.organizationName ?? '',
        needTitle: names.needTitle ?? '',
        expiresAt: beijingDateTime(new Date(data.expiresAt)),
      },
    });
    logger.info(
      { invitationId: data.invitationId, reminder: data.reminder, mailId: sent.id },
      'invitation reminder mailed',
    );
  }
}

/** What follows each change of an invitation for its two sides: notices, live pushes, reminders. */
export function registerInvitationSubscribers(
  events: EventDispatcher,
  deps: InvitationSubscriberDeps,
): Array<() => void> {
  const { bus } = deps;
  return [
    events.subscribe('invitation.created', 'invitations.notify', (data) =>
      announce(bus, data, 'invitation.new', 'expert'),
    ),
    events.subscribe('invitation.accepted', 'invitations.notify', (data) =>
      announce(bus, data, 'invitation.accepted', 'enterprise'),
    ),
    events.subscribe('invitation.accepted', 'invitations.contact', (data) =>
      recordAcceptedPair(data.organizationId, data.expertId),
    ),
    events.subscribe('invitation.declined', 'invitations.notify', (data) =>
      announce(bus, data, 'invitation.declined', 'enterprise'),
    ),
    events.subscribe('invitation.withdrawn', 'invitations.notify', (data) =>
      // The need's closing notice already tells the expert.
      data.needClosed ? Promise.resolve() : announce(bus, data, 'invitation.withdrawn', 'expert'),
    ),
    events.subscribe('invitation.expired', 'invitations.notify', (data) =>
      announce(bus, data, 'invitation.expired', 'enterprise'),
    ),
    events.subscribe('invitation.reminded', 'invitations.notify', remind),
    events.subscribe('invitation.reminded', 'invitations.mail', (data) => mailReminder(deps, data)),
    events.subscribe('need.closed', 'invitations.closing-notice', (data) =>
      sendClosingNotices(bus, data),
    ),
  ];
}
