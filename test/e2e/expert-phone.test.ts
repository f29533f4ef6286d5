import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterprise, expert, invite, openNeed, type ExpertParty } from '../support/invitations';
import { PASSWORD, staffClient } from '../support/factories';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  expectWhole,
  openSection,
  PHONE_VIEWPORT,
  signIn,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

/** Where the journey's screenshots go (gitignored). */
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/expert-phone', import.meta.url));

let ctx: BrowserPlatform;
let page: Page;
let pageErrors: string[];
let invited: ExpertParty;
let expertName: string;
let organizationName: string;
const needTitles: string[] = [];
let shot = 0;

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const url = ctx.platform.url;
  const bureau = (await staffClient(url, 'bureau')).client;
  expertName = `高移动${ctx.suffix.slice(0, 4)}`;
  const owner = await enterprise(url);
  organizationName = owner.organizationName;
  invited = await expert(url, bureau, { name: expertName });
  // Two invitations waiting: one to accept, one left open.
  for (const title of ['注塑车间设备联网与预测性维护改造', '冲压线边缘网关部署']) {
    const needTitle = `${title} ${ctx.suffix}`;
    const res = await invite(
      owner.client,
      await openNeed(owner.client, { title: needTitle }),
      invited.expertId,
    );
    if (res.status !== 201) throw new Error(`invite failed: ${res.status}`);
    needTitles.push(needTitle);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const context = await ctx.browser.newContext({
    viewport: PHONE_VIEWPORT,
    isMobile: true,
    hasTouch: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await ctx?.close();
});

/**
 * The list's status filter on a phone: a select as wide as the content, a finger's height, whose
 * open list shows each of `states` whole on the screen; returns the select to click.
 */
async function expectStatusSelect(name: string, states: string[]): Promise<Locator> {
  const select = page.locator('.ant-select', { has: page.getByRole('combobox', { name }) });
  const closed = await box(select);
  expect(closed.height).toBeGreaterThanOrEqual(44);
  expect(closed.width).toBeGreaterThanOrEqual(PHONE_VIEWPORT.width - 2 * 16);
  await select.click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect.poll(() => options.allInnerTexts()).toEqual(states);
  for (const option of await options.all()) {
    // Measured once the list has unfolded (it grows in from 80 % of its height).
    await expect.poll(async () => (await box(option)).height).toBeGreaterThanOrEqual(44);
    await expectWhole(option);
  }
  await checkScreen(`${name}-open`);
  await page.keyboard.press('Escape');
  await options.first().waitFor({ state: 'hidden' });
  return select;
}

/** Picks a state in the status filter. */
async function choose(select: Locator, state: string): Promise<void> {
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: state })
    .click();
}

/** Nothing scrolls sideways, and the screen as it is goes into the screenshots folder. */
async function checkScreen(name: string): Promise<void> {
  await expectNoHorizontalOverflow(page);
  shot += 1;
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${String(shot).padStart(2, '0')}-${name}.png`),
  });
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

const tabBar = () => page.getByRole('navigation', { name: '主导航' });

describe('the expert’s day on a 390 × 844 phone', () => {
  it('when the expert signs in on a phone, then a compact header and a tab bar replace the side navigation', async () => {
    await page.goto(`${ctx.platform.url}/login`);
    await page.getByRole('heading', { name: '登录', level: 1 }).waitFor();
    await checkScreen('login');
    await signIn(page, invited.user.email, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/, level: 1 }).waitFor();

    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    const tabs = (await tabBar().getByRole('link').allInnerTexts()).map((text) => text.trim());
    expect(tabs).toEqual(['工作台', '邀请', '合作', '消息', '我的']);
    const bar = await box(tabBar());
    expect(bar.y + bar.height).toBe(PHONE_VIEWPORT.height);
    const header = await box(page.getByRole('banner'));
    expect(header.height).toBeLessThanOrEqual(52);
    await checkScreen('dashboard');
  });

  it('when the expert opens the bell, then the notifications fill the screen’s width', async () => {
    await page.getByRole('button', { name: '通知，2 条未读' }).click();
    const drawer = page.getByRole('dialog', { name: '通知' });
    await drawer.getByRole('list', { name: '最新通知' }).waitFor();
    // Measured once it has slid in.
    await expect
      .poll(async () => {
        const panel = await box(drawer);
        return panel.x >= 0 && panel.x + panel.width <= PHONE_VIEWPORT.width;
      })
      .toBe(true);
    await checkScreen('notifications');
    await expectAccessible(page);
    await drawer.getByRole('button', { name: '关闭' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('when the expert opens the invitations, then the status filter is one select across the screen and the answers sit under the countdown', async () => {
    await openSection(page, '邀请');
    await page.getByRole('heading', { name: '收到的邀请', level: 1 }).waitFor();
    const invitation = page.getByRole('article', { name: needTitles[0] });
    await invitation.waitFor();

    // Every state within reach at a finger's height, none in a strip that scrolls sideways.
    const filter = await expectStatusSelect('按状态筛选邀请', [
      '全部',
      '待回复',
      '已接受',
      '已拒绝',
      '已过期',
      '已撤回',
    ]);
    const status = () => new URL(page.url()).searchParams.get('status');
    await choose(filter, '待回复');
    await expect.poll(status).toBe('pending');
    await invitation.waitFor();
    await choose(filter, '全部');
    await expect.poll(status).toBe(null);

    const tag = await box(invitation.getByText('待回复', { exact: true }));
    const countdown = await box(invitation.getByText(/后过期/));
    const accept = await box(
      invitation.getByRole('button', { name: `接受邀请「${needTitles[0]}」` }),
    );
    const decline = await box(invitation.getByRole('button', { name: /^拒绝/ }));
    expect(countdown.y).toBeGreaterThanOrEqual(tag.y + tag.height);
    expect(accept.y).toBeGreaterThanOrEqual(countdown.y + countdown.height);
    expect(decline.y).toBe(accept.y);
    // A finger's target, not a mouse's.
    expect(accept.height).toBeGreaterThanOrEqual(44);
    expect(decline.height).toBeGreaterThanOrEqual(44);
    await checkScreen('invitations');
  });

  it('when the expert accepts, then 发消息 opens the conversation across the screen, with the way back', async () => {
    const invitation = page.getByRole('article', { name: needTitles[0] });
    await invitation.getByRole('button', { name: `接受邀请「${needTitles[0]}」` }).click();
    await page.getByRole('button', { name: '确认接受' }).click();
    await invitation.getByText('已接受').waitFor();
    await checkScreen('accepted');
    await invitation.getByRole('link', { name: '发消息' }).click();

    const composer = page.getByRole('textbox', { name: '输入消息' });
    await composer.waitFor();
    await page.getByText(organizationName).first().waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/messages\/[0-9a-f]{24}$/);
    expect(await page.getByLabel('对话列表').count()).toBe(0);
    expect((await box(composer)).width).toBeGreaterThan(PHONE_VIEWPORT.width / 2);

    await composer.fill('您好，我已接受邀请，方便周三线上沟通吗？');
    await composer.press('Enter');
    await page
      .getByRole('log', { name: '聊天记录' })
      .getByText('您好，我已接受邀请，方便周三线上沟通吗？')
      .waitFor();
    await page.getByText('发送中…').waitFor({ state: 'detached' });
    await checkScreen('conversation');

    await page.getByRole('link', { name: '返回全部对话' }).click();
    await page
      .getByLabel('对话列表')
      .getByRole('link', { name: new RegExp(organizationName) })
      .getByText('您好，我已接受邀请，方便周三线上沟通吗？')
      .waitFor();
    await checkScreen('conversations');
  });

  it('when the expert follows the collaboration and the profile through the tabs, then every page fits the phone', async () => {
    await openSection(page, '合作');
    await page.getByRole('heading', { name: '合作', level: 1 }).waitFor();
    await expectStatusSelect('按状态筛选合作', ['全部', '进行中', '已签约', '已完成', '已取消']);
    await page.getByRole('link', { name: needTitles[0] }).click();
    await page.getByRole('heading', { name: needTitles[0], level: 1 }).waitFor();
    await page.getByText('进行中').first().waitFor();
    await checkScreen('collaboration');

    await openSection(page, '我的');
    await page.getByRole('heading', { name: '我的档案', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: '姓名' }).waitFor();
    await checkScreen('profile');
    expect(pageErrors).toEqual([]);
  });

  it('when the expert reads in English, then every tab’s label is whole on its fifth of the screen', async () => {
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem: (k: string, v: string) => void } }
      ).localStorage.setItem('qs.language', 'en'),
    );
    try {
      await page.reload();
      await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
      const bar = page.getByRole('navigation', { name: 'Main navigation' });
      const tabs = bar.locator('li');
      expect((await bar.getByRole('link').allInnerTexts()).map((text) => text.trim())).toEqual([
        'Home',
        'Invites',
        'Collabs',
        'Messages',
        'Me',
      ]);
      for (const tab of await tabs.all())
        await expectWhole(tab.locator('a, button').locator('span').last());
      await checkScreen('tabs-english');
    } finally {
      await page.evaluate(() =>
        (
          globalThis as unknown as { localStorage: { removeItem: (k: string) => void } }
        ).localStorage.removeItem('qs.language'),
      );
    }
  });
});
