import type { Actor, NotificationDto } from '@qs/shared';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../config/paths';
import { targetOf } from './notification-content';

function notification(type: NotificationDto['type']): NotificationDto {
  return {
    id: 'n1',
    type,
    title: '',
    body: '',
    data: { organizationId: 'o1', organizationName: '青岛海纳', userId: 'u2', userName: '李工' },
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const owner: Actor = {
  id: 'u1',
  role: 'enterprise',
  organizationId: 'o1',
  membership: 'active',
  orgRole: 'owner',
};
const bureau: Actor = { id: 'b1', role: 'bureau' };

describe('where a membership notification leads', () => {
  it('when a request to join reaches an owner, then it opens the members page', () => {
    expect(targetOf(notification('membership.requested'), owner)).toBe(paths.app.members.getHref());
  });

  it('when a request to join reaches the bureau, then it opens the queue', () => {
    expect(targetOf(notification('membership.requested'), bureau)).toBe(
      paths.app.membershipRequests.getHref(),
    );
  });

  it('when a decision on one’s own membership arrives, then it opens the home page', () => {
    for (const type of ['approved', 'rejected', 'removed', 'role-changed'] as const) {
      expect(targetOf(notification(`membership.${type}`), owner)).toBe(paths.app.root.getHref());
    }
  });
});

describe('where an interest notification leads', () => {
  it('when an expert is interested in a need, then the notice opens the need, where the interested experts are', () => {
    const interest = {
      ...notification('need.interest'),
      data: { needId: 'need1', expertId: 'e1' },
    };
    expect(targetOf(interest, owner)).toBe(paths.app.needDetail.getHref('need1'));
  });
});
