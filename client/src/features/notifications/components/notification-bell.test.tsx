import type { Actor, NotificationDto } from '@qs/shared';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLanguage, i18n } from '../../../lib/i18n';
import { enterpriseUser, ids } from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { API, server } from '../../../testing/server';
import { NotificationBell } from './notification-bell';

const viewer: Actor = {
  id: ids.enterpriseUser,
  role: 'enterprise',
  organizationId: ids.organization,
  membership: 'active',
  orgRole: 'owner',
};

const reminders: NotificationDto[] = [
  {
    id: '65f0000000000000000000n1',
    type: 'invitation.reminder',
    title: '邀请即将过期',
    body: '',
    data: {
      invitationId: ids.invitation,
      organizationName: '青岛海尔智能',
      needTitle: '产线数字化诊断',
      expiresAt: '2026-03-14 18:30',
      reminder: 'day-before',
    },
    createdAt: '2026-03-13T10:30:00.000Z',
  },
  {
    id: '65f0000000000000000000n2',
    type: 'collaboration.agreement-reminder',
    title: '合作尚未签署协议',
    body: '',
    data: { collaborationId: ids.collaboration, needTitle: '产线数字化诊断', days: 7 },
    createdAt: '2026-03-12T10:30:00.000Z',
  },
];

async function openBell() {
  server.use(
    http.get(`${API}/notifications`, () =>
      HttpResponse.json({ items: reminders, total: 2, unread: 2, page: 1, limit: 8 }),
    ),
  );
  const { user } = renderPage(<NotificationBell viewer={viewer} />, {
    signedIn: enterpriseUser,
    path: '/app',
  });
  await user.click(await screen.findByRole('button', { name: /2/ }));
}

afterEach(async () => {
  await i18n.changeLanguage(defaultLanguage);
});

describe('reminder notifications', () => {
  it('when reminders arrive, then the bell shows them in Chinese with the expiry in Beijing time', async () => {
    await openBell();
    expect(await screen.findByText('邀请即将过期')).toBeInTheDocument();
    expect(
      screen.getByText(
        '青岛海尔智能 邀请您参与需求「产线数字化诊断」，邀请将于 2026-03-14 18:30（北京时间）过期，请尽快答复',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('合作尚未签署协议')).toBeInTheDocument();
    expect(
      screen.getByText('需求「产线数字化诊断」的合作已开始 7 天，尚未签署协议'),
    ).toBeInTheDocument();
  });

  it('when the user reads English, then the same reminders are in English', async () => {
    await i18n.changeLanguage('en');
    await openBell();
    expect(await screen.findByText('Invitation waiting for your answer')).toBeInTheDocument();
    expect(
      screen.getByText(
        '青岛海尔智能 invites you to “产线数字化诊断”; the invitation expires at 2026-03-14 18:30 (Beijing time)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('No agreement yet')).toBeInTheDocument();
    expect(
      screen.getByText(
        'The collaboration on “产线数字化诊断” started 7 days ago and has no signed agreement',
      ),
    ).toBeInTheDocument();
  });
});
