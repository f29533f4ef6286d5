import type { UserDto } from '@qs/shared';
import { describe, expect, it } from 'vitest';
import {
  awaitsMembership,
  canOpenSection,
  navigationOf,
  PHONE_TABS,
  phoneNavigationOf,
} from './navigation';

function enterprise(overrides: Partial<UserDto> = {}): UserDto {
  return {
    id: 'u1',
    email: 'owner@example.com',
    name: '王经理',
    role: 'enterprise',
    organizationId: 'o1',
    membership: 'active',
    orgRole: 'owner',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('the navigation of an account', () => {
  it('when an enterprise account owns its organization, then it manages the members', () => {
    expect(navigationOf(enterprise())).toContain('members');
    expect(canOpenSection(enterprise(), 'members')).toBe(true);
  });

  it('when an enterprise account is a plain member, then it has no members page', () => {
    const member = enterprise({ orgRole: 'member' });
    expect(navigationOf(member)).not.toContain('members');
    expect(canOpenSection(member, 'members')).toBe(false);
    expect(canOpenSection(member, 'needs')).toBe(true);
  });

  it('when a request to join is pending, then no page of the app is offered', () => {
    const pending = enterprise({ membership: 'pending', orgRole: 'member' });
    expect(awaitsMembership(pending)).toBe(true);
    expect(navigationOf(pending)).toEqual([]);
    expect(canOpenSection(pending, 'needs')).toBe(false);
  });

  it('when an enterprise account has no organization, then it waits too', () => {
    const detached = enterprise({
      organizationId: undefined,
      membership: undefined,
      orgRole: undefined,
    });
    expect(awaitsMembership(detached)).toBe(true);
    expect(navigationOf(detached)).toEqual([]);
  });

  it('when staff look, then they have the queue of requests and no members page', () => {
    for (const role of ['bureau', 'admin'] as const) {
      const staff: UserDto = { ...enterprise(), role, organizationId: undefined };
      expect(awaitsMembership(staff)).toBe(false);
      expect(navigationOf(staff)).toContain('membershipRequests');
      expect(navigationOf(staff)).not.toContain('members');
    }
  });
});

describe('the navigation on a phone', () => {
  it('when an expert uses a phone, then the five daily places are tabs: 工作台, 邀请, 合作, 消息, 我的, and the needs are behind more', () => {
    const expert = enterprise({ role: 'expert', organizationId: undefined, orgRole: undefined });
    expect(phoneNavigationOf(expert)).toEqual({
      tabs: ['dashboard', 'invitations', 'collaborations', 'messages', 'profile'],
      more: ['openNeeds', 'catalogue'],
    });
  });

  it('when anyone signs in, then the scenario catalogue is in their navigation', () => {
    for (const role of ['enterprise', 'expert', 'bureau', 'admin'] as const)
      expect(navigationOf(enterprise({ role }))).toContain('catalogue');
    const expert = enterprise({ role: 'expert', organizationId: undefined, orgRole: undefined });
    expect(navigationOf(expert)).toContain('openNeeds');
    expect(canOpenSection(expert, 'needs')).toBe(true);
    expect(navigationOf(enterprise())).not.toContain('openNeeds');
  });

  it('when a role has more places than tabs, then four are tabs and the rest are behind more, each once', () => {
    for (const viewer of [
      enterprise(),
      enterprise({ role: 'bureau', organizationId: undefined }),
      enterprise({ role: 'admin', organizationId: undefined }),
    ]) {
      const { tabs, more } = phoneNavigationOf(viewer);
      expect(tabs).toHaveLength(PHONE_TABS - 1);
      expect(tabs[0]).toBe('dashboard');
      expect([...tabs, ...more].sort()).toEqual([...navigationOf(viewer)].sort());
    }
  });
});
