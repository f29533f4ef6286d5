import type { CollaborationSide, NotificationType } from '@qs/shared';
import type { EventBus } from '../../lib/events';
import type { Logger } from '../../lib/logger';
import type { CollaborationEventData, EventDispatcher, RecordedEvents } from '../../lib/outbox';
import type { Mailer } from '../mail';
import { notify } from '../notifications';
import { findCollaboration, presentOne, startCollaboration } from './collaborations.service';
import { mailAddressees, otherSideOf, partiesOf, presentParties } from './parties';

export interface CollaborationSubscriberDeps {
  bus: EventBus;
  mail: Mailer;
  logger: Logger;
}

/**
 * Tells the other side of the one who moved (a notification keyed on the event, so a repeat
 * stores nothing new) and pushes the collaboration to both sides.
 */
async function announce(
  bus: EventBus,
  data: CollaborationEventData & { side: CollaborationSide },
  notice: { type: NotificationType; key: string; data?: Record<string, string | number> },
): Promise<void> {
  const record = await findCollaboration(data.collaborationId);
  if (!record) return;
  const { names, users } = await partiesOf(record);
  await notify(otherSideOf(users, data.side), {
    type: notice.type,
    key: notice.key,
    data: {
      ...presentParties(record, names),
      collaborationId: data.collaborationId,
      ...notice.data,
    },
  });
  bus.emit('collaboration:updated', {
    collaboration: await presentOne(record),
    userIds: [...users.enterprise, ...users.expert],
  });
}

type Reminded = RecordedEvents['collaboration.agreement-reminded'];

/** Both sides' in-app notice that no agreement is signed yet. */
async function remind(data: Reminded): Promise<void> {
  const record = await findCollaboration(data.collaborationId);
  if (!record) return;
  const { names, users } = await partiesOf(record);
  await notify([...users.enterprise, ...users.expert], {
    type: 'collaboration.agreement-reminder',
    key: `collaboration.agreement-reminder:${data.collaborationId}`,
    data: {
      ...presentParties(record, names),
      collaborationId: data.collaborationId,
      days: data.days,
    },
  });
}

/**
 * Both sides' mail, each naming the other side; in Chinese, as the platform keeps no language per
 * account. Marked done once sent, so only a crash right after sending mails twice.
 */
async function mailReminder({ mail, logger }: CollaborationSubscriberDeps, data: Reminded) {
  const record = await findCollaboration(data.collaborationId);
  if (!record) return;
  const { names, users } = await partiesOf(record);
  for (const { email, otherParty } of await mailAddressees(names, users)) {
    const sent = await mail.send({
      to: email,
      language: 'zh',
      template: 'agreement-reminder',
      data: { needTitle: names.needTitle ?? '', otherParty, days: data.days },
    });
    logger.info(
      { collaborationId: data.collaborationId, mailId: sent.id },
      'agreement reminder mailed',
    );
  }
}

/** What follows an accepted invitation and each move of a collaboration. */
export function registerCollaborationSubscribers(
  events: EventDispatcher,
  deps: CollaborationSubscriberDeps,
): Array<() => void> {
  const { bus } = deps;
  return [
    events.subscribe('invitation.accepted', 'collaborations.start', (data) =>
      startCollaboration(data, data.by),
    ),
    events.subscribe('collaboration.agreed', 'collaborations.notify', (data) =>
      announce(bus, data, {
        type: 'collaboration.agreed',
        key: `collaboration.agreed:${data.collaborationId}`,
      }),
    ),
    events.subscribe('collaboration.completed', 'collaborations.notify', (data) =>
      announce(bus, data, {
        type: 'collaboration.completed',
        key: `collaboration.completed:${data.collaborationId}`,
      }),
    ),
    events.subscribe('collaboration.cancelled', 'collaborations.notify', (data) =>
      announce(bus, data, {
        type: 'collaboration.cancelled',
        key: `collaboration.cancelled:${data.collaborationId}`,
        ...(data.reason ? { data: { reason: data.reason } } : {}),
      }),
    ),
    events.subscribe('collaboration.rated', 'collaborations.notify', (data) =>
      announce(bus, data, {
        type: 'collaboration.rated',
        key: `collaboration.rated:${data.collaborationId}:${data.side}`,
        data: { score: data.score },
      }),
    ),
    events.subscribe('collaboration.agreement-reminded', 'collaborations.notify', remind),
    events.subscribe('collaboration.agreement-reminded', 'collaborations.mail', (data) =>
      mailReminder(deps, data),
    ),
  ];
}
