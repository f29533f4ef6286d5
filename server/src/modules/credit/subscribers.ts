import { Types } from 'mongoose';
import type { EventDispatcher } from '../../lib/outbox';
import { expiredCount } from '../invitation-store';
import { hasAutomaticEventSince, recordAutomaticEvent } from './credit.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Letting this many invitations lapse within the window is recorded once per window. */
export const EXPIRY_LIMIT = 3;
export const EXPIRY_WINDOW_DAYS = 180;

/**
 * What the platform records on an expert's credit by itself: cancelling an engagement they had
 * accepted, and letting invitations lapse again and again. Each is keyed on its cause, so a
 * repeated event records nothing new.
 */
export function registerCreditSubscribers(events: EventDispatcher): Array<() => void> {
  return [
    events.subscribe(
      'collaboration.cancelled',
      'credit.cancelled-after-accepting',
      async (data, meta) => {
        if (data.side !== 'expert') return;
        await recordAutomaticEvent(
          { subjectType: 'expert', subjectId: new Types.ObjectId(data.expertId) },
          'cancelled_after_accepting',
          data.reason ?? '',
          `collaboration.cancelled:${data.collaborationId}`,
          meta.at,
        );
      },
    ),
    events.subscribe('invitation.expired', 'credit.invitations-expired', async (data, meta) => {
      const subject = {
        subjectType: 'expert' as const,
        subjectId: new Types.ObjectId(data.expertId),
      };
      const since = new Date(meta.at.getTime() - EXPIRY_WINDOW_DAYS * DAY_MS);
      const lapsed = await expiredCount(data.expertId, since, meta.at);
      if (lapsed < EXPIRY_LIMIT) return;
      if (await hasAutomaticEventSince(subject, 'invitations_expired', since)) return;
      await recordAutomaticEvent(
        subject,
        'invitations_expired',
        `${EXPIRY_WINDOW_DAYS} 天内 ${lapsed} 次邀请过期未答复`,
        `invitation.expired:${data.invitationId}`,
        meta.at,
      );
    }),
  ];
}
