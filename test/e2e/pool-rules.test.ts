import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, needInput, staffClient } from '../support/factories';
import {
  acceptedInvitation,
  enterprise,
  expert,
  type EnterpriseParty,
  type ExpertParty,
} from '../support/invitations';
import type { TestClient } from '../support/platform';
import {
  expectAccessible,
  field,
  signIn,
  signOut,
  startBrowserPlatform,
  waitWithReload,
  type BrowserPlatform,
} from './browser-platform';

const DAY_MS = 24 * 60 * 60 * 1000;

let clock = Date.now();
let ctx: BrowserPlatform;
let bureau: TestClient;
let bureauEmail: string;
let bureauName: string;
let owner: EnterpriseParty;
let busy: ExpertParty;
let needId: string;

beforeAll(async () => {
  ctx = await startBrowserPlatform({ now: () => new Date(clock) });
  const staff = await staffClient(ctx.platform.url, 'bureau');
  bureau = staff.client;
  bureauEmail = staff.user.email;
  bureauName = staff.user.name;
  owner = await enterprise(ctx.platform.url);
  busy = await expert(ctx.platform.url, bureau, {
    name: '满负荷专家',
    skills: ['cold-chain'],
    sectors: ['logistics'],
  });
  await expert(ctx.platform.url, bureau, {
    name: '空闲专家',
    skills: ['cold-chain'],
    sectors: ['logistics'],
  });
  await acceptedInvitation(owner.client, busy);
  const res = await owner.client.post(
    '/needs',
    needInput({ title: '冷链仓储改造', sector: 'logistics', requiredSkills: ['cold-chain'] }),
  );
  needId = res.body.need.id as string;
});

afterAll(async () => {
  await ctx?.close();
});

describe('pool rules in the browser', () => {
  it('when the bureau lowers the cap of ongoing collaborations with a reason, then it is saved, and the page is accessible', async () => {
    const { page } = ctx;
    await page.goto(`${ctx.platform.url}/login`);
    await signIn(page, bureauEmail, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await page.goto(`${ctx.platform.url}/app/expert-reviews?tab=rules`);
    const cap = field(page, '同时进行的合作上限');
    expect(await cap.inputValue()).toBe('3');
    await cap.fill('1');
    await page.getByRole('button', { name: '保存规则' }).click();
    await page.getByText('请说明修改原因').waitFor();
    await field(page, '修改原因').fill('本季度任务集中，先保证在办合作的质量');
    await page.getByRole('button', { name: '保存规则' }).click();
    await page.getByText('规则已保存').waitFor();
    await expectAccessible(page);
    expect((await bureau.get('/settings/pool')).body.maxActiveCollaborations).toBe(1);
  });

  it('when the bureau opens the statistics, then the fairness figures and the Lorenz curve show', async () => {
    const { page } = ctx;
    await page.goto(`${ctx.platform.url}/app/stats`);
    await page.getByText('公平性：合作分布').waitFor();
    await page.getByRole('img', { name: /洛伦兹曲线：前 10% 的专家承担了 100% 的合作/ }).waitFor();
    await page.locator('.ant-statistic', { hasText: '基尼系数' }).getByText('0.50').waitFor();
    await expectAccessible(page);
  });

  it('when the enterprise looks at its matches, then the expert at capacity is listed last and marked', async () => {
    const { page } = ctx;
    await signOut(page, bureauName);
    await signIn(page, owner.user.email, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await page.goto(`${ctx.platform.url}/app/needs/${needId}`);
    const marked = page.getByRole('article', { name: '满负荷专家' });
    await waitWithReload(page, marked);
    await marked.getByText('满负荷', { exact: true }).waitFor();
    const order = await page
      .getByRole('article')
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(order).toEqual(['空闲专家', '满负荷专家']);
  });

  it('when two years pass without confirmation, then the expert sees the profile frozen and confirms it', async () => {
    const { page } = ctx;
    clock += 731 * DAY_MS;
    await signOut(page, owner.user.name);
    await signIn(page, busy.user.email, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await page.goto(`${ctx.platform.url}/app/profile`);
    await page.getByText('您的档案已冻结').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: '确认档案无误' }).click();
    await page.getByText('档案已确认').waitFor();
    await page.getByText('您的档案已冻结').waitFor({ state: 'detached' });
    expect(ctx.pageErrors).toEqual([]);
  });

  it('when the bureau opens the freshness report, then it sees the frozen profile by pool and reminds in bulk', async () => {
    const { page } = ctx;
    await signOut(page, busy.user.name);
    await signIn(page, bureauEmail, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await page.goto(`${ctx.platform.url}/app/expert-reviews?tab=freshness`);
    const qingdao = page.getByRole('row', { name: /青岛/ });
    await qingdao.waitFor();
    expect(await qingdao.getByRole('cell').allTextContents()).toEqual([
      '青岛专家库',
      '1',
      '0',
      '1',
    ]);
    await expectAccessible(page);
    await page.getByRole('button', { name: '批量提醒' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '批量提醒' }).click();
    await page.getByText('已提醒 1 位专家').waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });
});
