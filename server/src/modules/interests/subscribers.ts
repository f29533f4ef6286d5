import type { EventDispatcher } from '../../lib/outbox';
import { activeMemberIds } from '../auth';
import { needTitles } from '../needs';
import { notify } from '../notifications';
import { expertName } from './interests.service';

/** The need's organization hears of each interest once: the notice is keyed on the interest. */
export function registerInterestSubscribers(events: EventDispatcher): Array<() => void> {
  return [
    events.subscribe('interest.expressed', 'interests.notify-organization', async (data) => {
      const [members, titles, name] = await Promise.all([
        activeMemberIds(data.organizationId),
        needTitles([data.needId]),
        expertName(data.expertId),
      ]);
      await notify(members, {
        type: 'need.interest',
        key: `need.interest:${data.interestId}`,
        data: {
          needId: data.needId,
          needTitle: titles.get(data.needId) ?? '',
          expertId: data.expertId,
          expertName: name ?? '',
          interestId: data.interestId,
        },
      });
    }),
  ];
}
