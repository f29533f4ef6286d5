import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClient } from '../support/factories';
import {
  enterprise,
  expert,
  openNeed,
  type EnterpriseParty,
  type ExpertParty,
} from '../support/invitations';
import type { TestClient } from '../support/platform';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  field,
  PHONE_VIEWPORT,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/interests', import.meta.url));

let ctx: BrowserPlatform;
let owner: EnterpriseParty;
let keen: ExpertParty;
let needTitle: string;
let scenarioTitle: string;
const contexts: BrowserContext[] = [];

/** A browser signed in with the session of `client`, at the given size. */
async function pageOf(client: TestClient, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await ctx.browser.newContext({ viewport });
  contexts.push(context);
  const [name, value] = client.sessionCookie().split('=') as [string, string];
  await context.addCookies([{ name, value, url: ctx.platform.url }]);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const bureau = await staffClient(ctx.platform.url, 'bureau');
  owner = await enterprise(ctx.platform.url);
  keen = await expert(ctx.platform.url, bureau.client, {
    name: `周注塑${ctx.suffix.slice(0, 4)}`,
    skills: ['edge-computing', 'injection-molding'],
    sectors: ['plastics-molding'],
  });
  needTitle = `注塑车间设备联网 ${ctx.suffix}`;
  await openNeed(owner.client, {
    title: needTitle,
    sector: 'plastics-molding',
    requiredSkills: ['edge-computing', 'injection-molding'],
    kind: 'project',
  });
  scenarioTitle = `注塑件视觉质检场景 ${ctx.suffix}`;
  await openNeed(owner.client, {
    title: scenarioTitle,
    kind: 'scenario',
    sector: 'plastics-molding',
    requiredSkills: ['machine-vision'],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await ctx?.close();
});

describe('experts express interest in open needs', () => {
  it('when the expert on a phone opens 需求广场 behind 更多, then the need fits, and 感兴趣 with a message is sent', async () => {
    const page = await pageOf(keen.client, PHONE_VIEWPORT);
    await page.goto(`${ctx.platform.url}/app`);
    const tabs = page.getByRole('navigation', { name: '主导航' });
    await tabs.getByRole('link', { name: '我的' }).waitFor();
    expect((await tabs.getByRole('link').allInnerTexts()).map((text) => text.trim())).toEqual([
      '工作台',
      '邀请',
      '合作',
      '消息',
      '我的',
    ]);
    await tabs.getByRole('button', { name: '更多' }).click();
    await page.getByRole('navigation', { name: '更多导航' }).getByText('需求广场').click();
    await page.getByRole('heading', { name: '需求广场', level: 1 }).waitFor();

    const card = page.locator('article', { hasText: needTitle });
    await card.getByText('匹配度 100%').waitFor();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, '01-open-needs-phone.png') });

    await card.getByRole('button', { name: '感兴趣' }).click();
    const dialog = page.getByRole('dialog', { name: '对需求表示感兴趣' });
    await field(page, '给需求方的留言（可选）').fill('做过三个注塑车间联网项目，可先远程交流。');
    await dialog.getByRole('button', { name: '提交' }).click();
    await card.getByText('已感兴趣', { exact: true }).waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
  });

  it('when the enterprise opens the need, then the interested expert is beside the matches with the message, and is invited from there', async () => {
    const page = await pageOf(owner.client);
    await page.goto(`${ctx.platform.url}/app`);
    await page.getByRole('button', { name: /^通知/ }).first().click();
    await page
      .getByText(/表示感兴趣/)
      .first()
      .click();
    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();

    const section = page.locator('.ant-card', {
      has: page.getByRole('heading', { name: /感兴趣的专家/ }),
    });
    await section.getByText('做过三个注塑车间联网项目，可先远程交流。').waitFor();
    await section.getByRole('button', { name: /^邀请/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '发送邀请' }).click();
    await section.getByRole('button', { name: '已邀请' }).waitFor();
    await expectAccessible(page);
  });

  it('when the enterprise reads the catalogue, then 类似需求 opens the need form filled from the scenario', async () => {
    const page = await pageOf(owner.client, PHONE_VIEWPORT);
    await page.goto(`${ctx.platform.url}/app/needs/catalogue`);
    await page.getByRole('heading', { name: '场景目录', level: 1 }).waitFor();
    const card = page.locator('article', { hasText: scenarioTitle });
    await card.getByRole('link', { name: /类似需求/ }).click();
    await page.getByRole('heading', { name: '发布需求', level: 1 }).waitFor();
    await expect.poll(() => field(page, '需求标题').inputValue()).toBe(scenarioTitle);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, '02-similar-need-phone.png') });
  });

  it('when the expert reads the catalogue, then the open scenario offers 感兴趣', async () => {
    const page = await pageOf(keen.client, PHONE_VIEWPORT);
    await page.goto(`${ctx.platform.url}/app/needs/catalogue`);
    const card = page.locator('article', { hasText: scenarioTitle });
    await card.getByRole('button', { name: '感兴趣' }).click();
    await page
      .getByRole('dialog', { name: '对需求表示感兴趣' })
      .getByRole('button', { name: '提交' })
      .click();
    await card.getByText('已感兴趣', { exact: true }).waitFor();
    await expectNoHorizontalOverflow(page);
  });
});
