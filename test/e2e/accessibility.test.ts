import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '@qs/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedInvitation,
  enterprise,
  expert,
  pendingInvitation,
  type Party,
} from '../support/invitations';
import { staffClient, submittedExpert } from '../support/factories';
import type { TestClient } from '../support/platform';
import {
  axeViolations,
  pageWidths,
  PHONE_VIEWPORT,
  startBrowserPlatform,
  type AxeViolation,
  type BrowserPlatform,
} from './browser-platform';

/** Where the per-page results are written (gitignored). */
const RESULTS = fileURLToPath(new URL('../../test-results/accessibility', import.meta.url));
const DESKTOP_VIEWPORT = { width: 1440, height: 900 } as const;

let ctx: BrowserPlatform;
const sessions = new Map<Role, Party>();
let records: {
  needId: string;
  expertId: string;
  invitationId: string;
  collaborationId: string;
  conversationId: string;
  organizationId: string;
};

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const url = ctx.platform.url;
  const bureau = await staffClient(url, 'bureau');
  const admin = await staffClient(url, 'admin');
  const owner = await enterprise(url);
  const invited = await expert(url, bureau.client, { name: `孙无障${ctx.suffix.slice(0, 4)}` });
  // Something on every page: a collaboration with a message, a pending invitation, a profile
  // waiting for the bureau.
  const accepted = await acceptedInvitation(owner.client, invited);
  await pendingInvitation(owner.client, invited);
  await owner.client.post(`/conversations/${accepted.conversationId}/messages`, {
    body: '您好，方便下周线上沟通吗？',
    clientId: 'a11y-1',
  });
  await submittedExpert(url, { name: '待审核专家' });
  // A credit record with an event, a suspension and an open appeal.
  await bureau.client.post(`/experts/${invited.expertId}/credit/events`, {
    kind: 'no_show',
    note: '现场诊断未到场',
  });
  const suspension = await bureau.client.post(`/experts/${invited.expertId}/suspensions`, {
    until: `${new Date().getFullYear() + 1}-06-30`,
    reason: '一年内两次接受邀请后退出',
  });
  await invited.client.post(`/suspensions/${suspension.body.suspension.id}/appeals`, {
    text: '当天突发疾病，已提供证明。',
  });
  const invitation = await owner.client.get(`/invitations/${accepted.invitationId}`);
  records = {
    needId: (invitation.body as { invitation: { needId: string } }).invitation.needId,
    expertId: invited.expertId,
    organizationId: owner.user.organizationId as string,
    ...accepted,
  };
  sessions.set('enterprise', owner);
  sessions.set('expert', invited);
  sessions.set('bureau', bureau);
  sessions.set('admin', admin);
});

afterAll(async () => {
  await ctx?.close();
});

/** A browser context signed in with the session of `client`. */
async function contextOf(client: TestClient): Promise<BrowserContext> {
  const context = await ctx.browser.newContext({ viewport: DESKTOP_VIEWPORT });
  const [name, value] = client.sessionCookie().split('=') as [string, string];
  await context.addCookies([{ name, value, url: ctx.platform.url }]);
  return context;
}

const PAGES_PER_ROLE: Record<Role, number> = { enterprise: 16, expert: 12, bureau: 12, admin: 10 };

/** The main pages of each role, by the path after /app and a name for the report. */
function pagesOf(role: Role): [string, string][] {
  const r = records;
  const common: [string, string][] = [['工作台', '']];
  switch (role) {
    case 'enterprise':
      return [
        ...common,
        ['需求', '/needs'],
        ['发布需求', '/needs/new'],
        ['场景库', '/needs/catalogue'],
        ['需求详情', `/needs/${r.needId}`],
        ['专家库', '/experts'],
        ['专家详情', `/experts/${r.expertId}`],
        ['邀请', '/invitations'],
        ['邀请详情', `/invitations/${r.invitationId}`],
        ['合作', '/collaborations'],
        ['合作详情', `/collaborations/${r.collaborationId}`],
        ['消息', '/messages'],
        ['会话', `/messages/${r.conversationId}`],
        ['成员管理', '/members'],
        ['不存在的记录', '/needs/not-an-id'],
        ['信用', '/credit'],
      ];
    case 'expert':
      return [
        ...common,
        ['我的档案', '/profile'],
        ['邀请', '/invitations'],
        ['邀请详情', `/invitations/${r.invitationId}`],
        ['合作', '/collaborations'],
        ['合作详情', `/collaborations/${r.collaborationId}`],
        ['消息', '/messages'],
        ['会话', `/messages/${r.conversationId}`],
        ['信用记录', '/credit'],
        ['需求广场', '/needs/open'],
        ['场景库', '/needs/catalogue'],
        ['需求详情', `/needs/${r.needId}`],
      ];
    case 'bureau':
      return [
        ...common,
        ['专家审核', '/expert-reviews'],
        ['入会审核', '/membership-requests'],
        ['专家库', '/experts'],
        ['专家详情', `/experts/${r.expertId}`],
        ['导入', '/import'],
        ['统计', '/stats'],
        ['单位', '/organizations'],
        ['合作详情', `/collaborations/${r.collaborationId}`],
        ['信用与暂停', '/credit'],
        ['单位信用记录', `/organizations/${r.organizationId}/credit`],
        ['场景库', '/needs/catalogue'],
      ];
    case 'admin':
      return [
        ...common,
        ['用户', '/users'],
        ['单位', '/organizations'],
        ['入会审核', '/membership-requests'],
        ['专家库', '/experts'],
        ['导入', '/import'],
        ['统计', '/stats'],
        ['发件箱', '/outbox'],
        ['信用与暂停', '/credit'],
        ['场景库', '/needs/catalogue'],
      ];
  }
}

/** What each page shows to the audit: landmarks and headings, and axe's findings. */
async function structureOf(page: Page) {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { querySelectorAll: (selector: string) => ArrayLike<{ tagName: string }> };
    };
    const levels = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((heading) =>
      Number(heading.tagName.slice(1)),
    );
    return { mains: document.querySelectorAll('main').length, levels };
  });
}

/** Heading levels never skip on the way down (h2 → h4). */
function skippedLevel(levels: number[]): boolean {
  return levels.some((level, index) => index > 0 && level > (levels[index - 1] ?? 0) + 1);
}

const report: string[] = [];
const details: object[] = [];

async function audit(page: Page, role: Role, name: string): Promise<AxeViolation[]> {
  const found: AxeViolation[] = [];
  for (const [screen, viewport] of [
    ['desktop', DESKTOP_VIEWPORT],
    ['phone', PHONE_VIEWPORT],
  ] as const) {
    await page.setViewportSize(viewport);
    if (screen === 'phone') {
      // Charts shrink on their resize observer's turn, which a loaded machine delays by seconds.
      const { content } = await pageWidths(page, 15_000);
      expect
        .soft(content, `${role} ${name}: the page scrolls sideways`)
        .toBeLessThanOrEqual(viewport.width);
    }
    const violations = await axeViolations(page);
    const { mains, levels } = await structureOf(page);
    report.push(
      `${role} ${name} ${screen}: ${violations.length === 0 ? 'no violations' : violations.map((v) => `${v.id}(${v.impact})`).join(', ')}`,
    );
    details.push(...violations.map((v) => ({ role, name, screen, ...v })));
    expect.soft(mains, `${role} ${name} ${screen}: one <main>`).toBe(1);
    expect
      .soft(
        levels.filter((level) => level === 1),
        `${role} ${name}: one <h1>`,
      )
      .toHaveLength(1);
    expect.soft(skippedLevel(levels), `${role} ${name}: heading order ${levels}`).toBe(false);
    found.push(...violations.map((v) => ({ ...v, id: `${screen}: ${v.id}` })));
  }
  await page.setViewportSize(DESKTOP_VIEWPORT);
  return found;
}

describe('axe on every main page of every role, desktop and phone', () => {
  for (const role of ['enterprise', 'expert', 'bureau', 'admin'] as const) {
    describe(`as the ${role}`, () => {
      let context: BrowserContext;
      let page: Page;
      const errors: string[] = [];

      beforeAll(async () => {
        const party = sessions.get(role);
        if (!party) throw new Error(`no ${role}`);
        context = await contextOf(party.client);
        page = await context.newPage();
        page.setDefaultTimeout(15_000);
        page.on('pageerror', (error) => errors.push(error.message));
      });

      afterAll(async () => {
        await context?.close();
        expect(errors).toEqual([]);
      });

      // The records exist once the platform's beforeAll ran: the pages are listed per test.
      for (const index of Array.from({ length: PAGES_PER_ROLE[role] }, (_, i) => i)) {
        it(`when the ${role} opens page ${index + 1}, then axe finds no serious or critical violation`, async () => {
          const entry = pagesOf(role)[index];
          if (!entry) throw new Error(`no page ${index} for ${role}`);
          const [name, path] = entry;
          await page.goto(`${ctx.platform.url}/app${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.locator('.ant-skeleton').first().waitFor({ state: 'detached' });
          const violations = await audit(page, role, name);
          expect(
            violations.filter(({ impact }) => impact === 'serious' || impact === 'critical'),
            `${role} ${name}`,
          ).toEqual([]);
        });
      }
    });
  }

  afterAll(async () => {
    await mkdir(RESULTS, { recursive: true });
    await writeFile(path.join(RESULTS, 'axe-results.txt'), `${report.join('\n')}\n`);
    await writeFile(path.join(RESULTS, 'axe-violations.json'), JSON.stringify(details, null, 2));
  });
});
