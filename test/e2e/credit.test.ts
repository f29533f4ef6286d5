import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClient } from '../support/factories';
import { enterprise, expert, type EnterpriseParty, type ExpertParty } from '../support/invitations';
import type { TestClient } from '../support/platform';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  expectWhole,
  field,
  PHONE_VIEWPORT,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

let ctx: BrowserPlatform;
let bureau: TestClient;
let owner: EnterpriseParty;
let subject: ExpertParty;
let subjectName: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  bureau = (await staffClient(ctx.platform.url, 'bureau')).client;
  owner = await enterprise(ctx.platform.url);
  subjectName = `钱信用${ctx.suffix.slice(0, 4)}`;
  subject = await expert(ctx.platform.url, bureau, { name: subjectName });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await ctx?.close();
});

/** A page signed in with the session of `client`. */
async function pageOf(client: TestClient): Promise<Page> {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const [name, value] = client.sessionCookie().split('=') as [string, string];
  await context.addCookies([{ name, value, url: ctx.platform.url }]);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const dialog = (page: Page) => page.getByRole('dialog');

describe('credit records in a browser', () => {
  it('when the bureau records an event and suspends an expert, the expert appeals and the bureau upholds it, then each side sees the record change', async () => {
    const staff = await pageOf(bureau);
    await staff.goto(`${ctx.platform.url}/app/experts/${subject.expertId}`);
    await staff.getByRole('heading', { name: '信用记录', level: 2 }).waitFor();
    await staff.getByText('当前未被暂停').waitFor();

    await staff.getByRole('button', { name: '记录信用事件' }).click();
    await field(staff, '说明').fill('约定的现场诊断未到场');
    await dialog(staff).getByRole('button', { name: '保存' }).click();
    await staff.getByText('约定的现场诊断未到场').waitFor();

    await staff.getByRole('button', { name: '暂停', exact: true }).click();
    const until = field(staff, '暂停至');
    await until.fill(`${new Date().getFullYear() + 1}-06-30`);
    await until.press('Enter');
    await field(staff, '原因').fill('一年内两次接受邀请后退出');
    await dialog(staff).getByRole('button', { name: '暂停' }).click();
    await staff.getByText(/^已暂停至/).waitFor();
    await expectAccessible(staff);

    const own = await pageOf(subject.client);
    await own.goto(`${ctx.platform.url}/app/profile`);
    await own.getByRole('link', { name: '信用记录' }).click();
    await own.getByRole('heading', { name: '信用记录', level: 1 }).waitFor();
    await own.getByText('原因：一年内两次接受邀请后退出').first().waitFor();
    await own.getByText('约定的现场诊断未到场').waitFor();
    await own.getByRole('button', { name: '提出申诉' }).click();
    await field(own, '申诉理由').fill('当天突发疾病，已提供医院证明。');
    await dialog(own).getByRole('button', { name: '提交' }).click();
    await own.getByText('待答复').waitFor();
    expect(await own.getByRole('button', { name: '提出申诉' }).count()).toBe(0);
    await expectAccessible(own);

    await staff.goto(`${ctx.platform.url}/app/credit`);
    await staff.getByRole('heading', { name: '信用与暂停', level: 1 }).waitFor();
    await staff.getByRole('link', { name: subjectName }).click();
    await staff.getByRole('button', { name: '答复申诉' }).click();
    await dialog(staff).getByText('申诉成立').click();
    await field(staff, '说明').fill('证明属实');
    await dialog(staff).getByRole('button', { name: '提交' }).click();
    await staff.getByText('当前未被暂停').waitFor();

    await own.reload();
    await own.getByText('当前未被暂停').waitFor();
    await own.getByText(/已于 .* 解除：证明属实/).waitFor();
  });

  it('when an enterprise posts a need with organizations and experts to avoid, and an expert names a former organization, then both are saved', async () => {
    const rival = await enterprise(ctx.platform.url);
    const avoidedName = `孙回避${ctx.suffix.slice(0, 4)}`;
    const avoided = await expert(ctx.platform.url, bureau, { name: avoidedName });
    const poster = await pageOf(owner.client);
    await poster.goto(`${ctx.platform.url}/app/needs/new`);
    await poster.getByText('回避设置', { exact: true }).waitFor();
    await expectAccessible(poster);
    const organizations = field(poster, '回避单位');
    await organizations.click();
    await organizations.fill(rival.organizationName.slice(0, 8));
    await poster.locator('.ant-select-item-option', { hasText: rival.organizationName }).click();
    await organizations.fill('青岛（海尔）研究院');
    await organizations.press('Enter');
    await organizations.press('Escape');
    const experts = field(poster, '回避专家');
    await experts.click();
    await experts.fill(avoidedName);
    await poster.locator('.ant-select-item-option', { hasText: avoidedName }).first().click();
    await experts.press('Escape');

    await field(poster, '所属行业').click();
    await field(poster, '所属行业').fill('家电');
    await poster.locator('.ant-select-item-option-active:visible').first().waitFor();
    await field(poster, '所属行业').press('Enter');
    await field(poster, '需求标题').fill('设备联网改造（回避测试）');
    await field(poster, '需求描述').fill('部署边缘计算网关，采集设备数据。');
    await poster.getByRole('button', { name: '发布', exact: true }).click();
    await poster.getByRole('heading', { name: '设备联网改造（回避测试）', level: 1 }).waitFor();
    const needId = new URL(poster.url()).pathname.split('/').at(-1) as string;
    const saved = await owner.client.get(`/needs/${needId}`).expect(200);
    expect(saved.body.need.avoidOrganizations).toEqual([
      { id: rival.user.organizationId, name: rival.organizationName },
      { name: '青岛（海尔）研究院' },
    ]);
    expect(saved.body.need.avoidExperts).toEqual([{ id: avoided.expertId, name: avoidedName }]);

    const profile = await pageOf(subject.client);
    await profile.goto(`${ctx.platform.url}/app/profile`);
    await profile.getByRole('button', { name: '添加曾任职单位' }).click();
    await field(profile, '单位名称 1').fill('青岛某重工集团');
    await field(profile, '离开年份 1').fill(String(new Date().getFullYear() - 1));
    await profile.getByRole('button', { name: /保存/ }).last().click();
    await expect
      .poll(async () => (await subject.client.get('/experts/me')).body.expert.formerOrganizations)
      .toEqual([{ name: '青岛某重工集团', leftYear: new Date().getFullYear() - 1 }]);
  });

  it('when the bureau looks an organization up on a phone, then its city and membership are on screen under its name, which leads to its credit record', async () => {
    // A description longer than the screen is cut to it, not stretching the table.
    const described = await bureau.patch(`/organizations/${owner.user.organizationId}`, {
      description:
        '汽车制造领域行业企业，青岛市工业互联网专家协作联盟成员单位，长期开展数字化转型与智能制造合作。',
    });
    expect(described.status).toBe(200);
    const staff = await pageOf(bureau);
    await staff.setViewportSize(PHONE_VIEWPORT);
    await staff.goto(
      `${ctx.platform.url}/app/organizations?q=${encodeURIComponent(owner.organizationName)}`,
    );
    const row = staff.getByRole('row').filter({ hasText: owner.organizationName });
    await expectWhole(row.getByText('所在城市：'));
    await expectWhole(row.getByText('联盟成员：'));
    await expectWhole(row.getByRole('button', { name: /^编辑/ }));
    await expectNoHorizontalOverflow(staff);
    await row.getByRole('link', { name: owner.organizationName }).click();
    await staff.waitForURL(/\/app\/organizations\/[0-9a-f]{24}\/credit$/);
  });
});
