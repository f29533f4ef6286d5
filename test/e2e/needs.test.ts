import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertProfile, staffClient, submittedExpert } from '../support/factories';
import {
  field,
  openSection,
  pick,
  registerInUi,
  startBrowserPlatform,
  waitWithReload,
  type BrowserPlatform,
} from './browser-platform';

const PASSWORD = 'e2e-password-123';

let ctx: BrowserPlatform;
let expertName: string;
let needTitle: string;

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  expertName = `王网络${ctx.suffix.slice(0, 4)}`;
  needTitle = `总装车间TSN确定性网络改造 ${ctx.suffix}`;
  // A verified expert, made through the API: TSN and edge computing, home appliances.
  const { expert } = await submittedExpert(
    ctx.platform.url,
    expertProfile({ name: expertName, skills: ['tsn', 'edge-computing'] }),
  );
  const bureau = await staffClient(ctx.platform.url, 'bureau');
  const verified = await bureau.client.post(`/experts/${expert.id}/verification`, {
    decision: 'verified',
    note: '',
  });
  if (verified.status !== 200) throw new Error(`verification failed: ${verified.status}`);
});

afterAll(async () => {
  await ctx?.close();
});

describe('needs and matching in a browser', () => {
  it('when an enterprise types an alias into a need, then a skill chip is suggested live and the need is posted', async () => {
    const { page, platform, suffix } = ctx;
    await registerInUi(page, platform.url, {
      role: 'enterprise',
      name: `孙经理${suffix.slice(0, 4)}`,
      email: `needs-${suffix}@example.com`,
      password: PASSWORD,
      organization: { name: `青岛家电测试制造有限公司${suffix}`, city: '青岛' },
    });

    await openSection(page, '需求');
    await page.getByRole('heading', { name: '我的需求', level: 1 }).waitFor();
    await page.getByText('还没有发布需求').waitFor();
    await page.getByRole('link', { name: '发布需求' }).first().click();
    await page.getByRole('heading', { name: '发布需求', level: 1 }).waitFor();

    await pick(page, '所属行业', '家电');
    await field(page, '需求标题').fill(needTitle);
    await field(page, '需求描述').fill(
      '总装线设备需要低时延互联，计划引入 TSN，并与现有产线控制系统打通。',
    );

    // The alias TSN is recognised while typing: 时间敏感网络 is offered as a chip.
    const chip = page.getByRole('button', { name: '添加技能：时间敏感网络' });
    await chip.waitFor();
    await chip.click();
    await chip.waitFor({ state: 'detached' });
    const skills = page.locator('.ant-select-selection-item', { hasText: '时间敏感网络' });
    expect(await skills.count()).toBe(1);
    // The city comes from the enterprise's organization.
    expect(await field(page, '所在城市').inputValue()).toBe('青岛');

    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/needs\/[a-f0-9]{24}$/);
    await page.getByText('征集中').first().waitFor();
  });

  it('when the need is open, then the verified expert is matched with the reasons', async () => {
    const { page } = ctx;
    const card = page.getByRole('article', { name: expertName });
    await waitWithReload(page, card);

    await card.getByRole('link', { name: expertName }).waitFor();
    await card.getByText('匹配度').waitFor();
    await card.getByText('推荐理由').waitFor();
    expect(await card.locator('li').count()).toBeGreaterThan(0);
    const matched = card.getByRole('list', { name: '已具备的技能' });
    expect(await matched.getByText('时间敏感网络').count()).toBe(1);
    await card.getByRole('button', { name: `邀请 ${expertName}` }).waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });
});
