import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertProfile, staffClient, submittedExpert } from '../support/factories';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  field,
  openSection,
  PHONE_VIEWPORT,
  pick,
  registerInUi,
  startBrowserPlatform,
  waitWithReload,
  type BrowserPlatform,
} from './browser-platform';

const PASSWORD = 'e2e-password-123';

/** Where the match list's screenshots go (gitignored). */
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/match-list', import.meta.url));

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
    await card.getByLabel(/^匹配度 \d+%$/).waitFor();
    const matched = card.getByRole('list', { name: '已具备的技能' }).first();
    expect(await matched.getByText('时间敏感网络').count()).toBe(1);
    await page.getByRole('note', { name: '技能标签说明' }).waitFor();
    // The reasons are folded under the one-line summary until asked for.
    expect(await card.getByText('推荐理由').isVisible()).toBe(false);
    await card.getByRole('button', { name: '查看理由' }).click();
    await card.getByText('推荐理由').waitFor();
    const fold = card.getByRole('button', { name: '收起理由' });
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await card.locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'desktop.png'), fullPage: true });
    await card.getByRole('button', { name: `邀请 ${expertName}` }).waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });

  it('when the match list is read on a phone with the reasons open, then nothing overflows and axe finds nothing serious', async () => {
    const { page } = ctx;
    await page.setViewportSize(PHONE_VIEWPORT);
    const card = page.getByRole('article', { name: expertName });
    await card.getByText('推荐理由').waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('when the enterprise selects the expert and invites the selection, then each expert’s result is shown', async () => {
    const { page } = ctx;
    await page.getByRole('checkbox', { name: `选择 ${expertName}` }).check();
    await page.getByText('已选 1 位').waitFor();
    await page.getByRole('button', { name: '批量邀请已选的 1 位专家' }).click();
    await page.getByRole('dialog', { name: '邀请已选的 1 位专家' }).waitFor();
    const dialog = page.getByRole('dialog');
    // One batch request for the selection, answering each expert's result.
    const batch = page.waitForResponse(
      (res) => res.request().method() === 'POST' && res.url().endsWith('/invitations/batch'),
    );
    await dialog.getByRole('button', { name: '发送邀请' }).click();
    const answered = await batch;
    expect(answered.status()).toBe(200);
    expect(answered.request().postDataJSON().expertIds).toHaveLength(1);
    expect((await answered.json()).results).toEqual([
      expect.objectContaining({ status: 'created' }),
    ]);
    await page.getByRole('dialog', { name: '批量邀请结果' }).waitFor();
    await dialog.getByText('已邀请 1 位，未邀请 0 位').waitFor();
    const results = dialog.getByRole('list', { name: '各位专家的邀请结果' });
    await results.getByText(expertName).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    const card = page.getByRole('article', { name: expertName });
    await card.getByRole('button', { name: '已邀请' }).waitFor();
    expect(await page.getByRole('checkbox', { name: `选择 ${expertName}` }).isDisabled()).toBe(
      true,
    );

    const notInvited = page.getByRole('checkbox', { name: '只看未邀请' });
    // The URL is the filter's state: the box shows it once the navigation is rendered.
    await notInvited.click();
    await page.waitForURL(/notInvited=true/);
    await page.getByRole('checkbox', { name: '只看未邀请', checked: true }).waitFor();
    await card.waitFor({ state: 'detached' });
    expect(ctx.pageErrors).toEqual([]);
  });
});
