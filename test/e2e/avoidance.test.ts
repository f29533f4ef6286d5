import type { NeedDto } from '@qs/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  enterpriseRegistration,
  expertProfile,
  needInput,
  registeredClient,
  staffClient,
  verifiedExpert,
} from '../support/factories';
import type { TestClient } from '../support/platform';
import type { Page } from 'playwright-core';
import {
  expectNoHorizontalOverflow,
  expectWhole,
  field,
  PHONE_VIEWPORT,
  signIn,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

/*
 * The owner of a posted need edits its avoidance lists from the need's page, and the conflict
 * check on the same page says why an expert is excluded.
 */

let ctx: BrowserPlatform;
let owner: TestClient;
let ownerEmail: string;
let needId: string;
let needTitle: string;
let rival: string;
const names = { listed: '', rivalExpert: '', free: '' };

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const bureau = (await staffClient(ctx.platform.url, 'bureau')).client;
  const s = ctx.suffix.slice(0, 3);
  rival = `青岛竞品机械${ctx.suffix}`;
  names.listed = `冯回避${s}`;
  names.rivalExpert = `卫竞品${s}`;
  names.free = `蒋自由${s}`;
  const listed = await verifiedExpert(
    ctx.platform.url,
    bureau,
    expertProfile({ name: names.listed }),
  );
  await verifiedExpert(
    ctx.platform.url,
    bureau,
    expertProfile({ name: names.rivalExpert, organization: rival }),
  );
  await verifiedExpert(ctx.platform.url, bureau, expertProfile({ name: names.free }));
  await ctx.platform.search.indexer.drain();
  const registration = enterpriseRegistration();
  ownerEmail = registration.email;
  owner = (await registeredClient(ctx.platform.url, registration)).client;
  needTitle = `注塑机联网改造 ${ctx.suffix}`;
  const need = await owner.post(
    '/needs',
    needInput({ title: needTitle, avoidExperts: [listed.expert.id] }),
  );
  if (need.status !== 201) throw new Error(`need failed: ${need.status}`);
  needId = need.body.need.id as string;
});

/** Picks the expert by name in the conflict check, once the search shows them. */
async function checkExpert(page: Page, name: string) {
  const input = field(page, '检查专家');
  await input.click();
  await input.fill(name);
  await page.locator('.ant-select-item-option:visible', { hasText: name }).first().click();
  await input.press('Escape');
}

afterAll(async () => {
  await ctx?.close();
});

describe('avoidance on a posted need', () => {
  it('when the owner adds an organization and drops an expert after posting, then the need avoids them, and the conflict check explains who is excluded and why', async () => {
    const { page } = ctx;
    await page.goto(`${ctx.platform.url}/login`);
    await signIn(page, ownerEmail, PASSWORD);
    await page.waitForURL((url) => url.pathname.startsWith('/app'));
    await page.goto(`${ctx.platform.url}/app/needs/${needId}`);
    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();

    const check = page
      .locator('.ant-card')
      .filter({ has: page.getByRole('heading', { name: '回避检查' }) });
    await checkExpert(page, names.listed);
    await check.getByText('该专家需回避').waitFor();
    await check.getByText('该专家在需求的回避名单中').waitFor();

    await page.getByRole('button', { name: '编辑回避名单' }).click();
    const dialog = page.getByRole('dialog', { name: '回避设置' });
    // The list as posted, by name.
    await dialog.getByText(names.listed, { exact: false }).waitFor();
    await dialog.getByLabel('回避单位', { exact: true }).fill(rival);
    await dialog.getByLabel('回避单位', { exact: true }).press('Enter');
    await dialog.locator('.ant-select-selection-item-remove').last().click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('回避名单已更新').waitFor();

    const saved = (await owner.get(`/needs/${needId}`).expect(200)).body.need as NeedDto;
    expect(saved.avoidOrganizations).toEqual([{ name: rival }]);
    expect(saved.avoidExperts).toEqual([]);

    await check.locator('.ant-select-selection-item-remove').click();
    await checkExpert(page, names.rivalExpert);
    await check.getByText(`专家任职于需求回避的单位（${rival}）`).waitFor();
    await check.locator('.ant-select-selection-item-remove').click();
    await checkExpert(page, names.listed);
    await check.getByText('该专家无需回避').waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });

  it('when the owner opens the need on a phone, then its kind and status are whole beside the owner’s buttons', async () => {
    const { page } = ctx;
    await page.setViewportSize(PHONE_VIEWPORT);
    try {
      await page.goto(`${ctx.platform.url}/app/needs/${needId}`);
      await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
      const buttons = [
        page.getByRole('button', { name: '编辑回避名单' }),
        page.getByRole('button', { name: '关闭需求' }),
      ];
      for (const button of buttons) await expectWhole(button);
      const summary = page.locator('.ant-card').first();
      for (const tag of ['数字化转型诊断', '征集中'])
        await expectWhole(summary.getByText(tag, { exact: true }), buttons);
      await expectNoHorizontalOverflow(page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
