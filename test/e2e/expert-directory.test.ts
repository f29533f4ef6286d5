import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/src/modules/auth';
import {
  choose,
  expectAccessible,
  expectNoHorizontalOverflow,
  field,
  openSection,
  PHONE_VIEWPORT,
  pick,
  registerInUi,
  signIn,
  signOut,
  startBrowserPlatform,
  waitWithReload,
  type BrowserPlatform,
} from './browser-platform';

const PASSWORD = 'e2e-password-123';

let ctx: BrowserPlatform;
let expert: { name: string; email: string; phone: string };
let bureau: { name: string; email: string };
let enterprise: { name: string; email: string; organization: string };

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const { suffix } = ctx;
  expert = {
    name: `李边缘${suffix.slice(0, 4)}`,
    email: `expert-${suffix}@example.com`,
    phone: '13912345678',
  };
  bureau = { name: `人社局审核员${suffix.slice(0, 4)}`, email: `bureau-${suffix}@example.com` };
  enterprise = {
    name: `赵企业${suffix.slice(0, 4)}`,
    email: `enterprise-${suffix}@example.com`,
    organization: `青岛海纳测试装备有限公司${suffix}`,
  };
});

afterAll(async () => {
  await ctx?.close();
});

describe('the expert database in a browser', () => {
  it('when an expert registers and fills the profile, then it is submitted for review', async () => {
    const { page, platform } = ctx;
    await registerInUi(page, platform.url, {
      role: 'expert',
      name: expert.name,
      email: expert.email,
      password: PASSWORD,
    });

    await openSection(page, '我的档案');
    await page.getByRole('heading', { name: '我的档案', level: 1 }).waitFor();
    await page.getByText('档案状态：待完善').waitFor();
    expect(await field(page, '姓名').inputValue()).toBe(expert.name);

    await field(page, '职称').fill('高级工程师');
    await field(page, '所在单位').fill('青岛智造研究院');
    await field(page, '所在城市').fill('青岛');
    await field(page, '所在城市').press('Escape');
    await field(page, '从业年限').fill('12');
    await choose(page, 'radio', '青岛专家库');
    // Found by its alias: MEC is 边缘计算 (edge computing).
    await pick(page, '技能', 'MEC');
    await pick(page, '熟悉行业', '家电');
    await field(page, '个人简介').fill('长期从事边缘计算与工业网络研究，服务家电企业十余家。');
    await choose(page, 'checkbox', /人才飞地/);
    await field(page, '电话').fill(expert.phone);
    await page.getByRole('button', { name: '保存并提交审核' }).click();

    await page.getByText('档案状态：审核中').waitFor();
    expect(await page.locator('.ant-select-selection-item', { hasText: '边缘计算' }).count()).toBe(
      1,
    );
  });

  it('when the bureau verifies the profile from the queue, then it leaves the queue', async () => {
    const { page } = ctx;
    await createUser({
      email: bureau.email,
      password: PASSWORD,
      name: bureau.name,
      role: 'bureau',
    });
    await signOut(page, expert.name);
    await signIn(page, bureau.email, PASSWORD);
    await page.getByRole('heading', { name: `欢迎回来，${bureau.name}` }).waitFor();

    await openSection(page, '专家审核');
    await page.getByRole('heading', { name: '专家审核', level: 1 }).waitFor();
    const card = page.getByRole('article', { name: expert.name });
    await card.waitFor();
    // On a phone the decisions go under the profile rather than squeezing it to a column.
    await page.setViewportSize(PHONE_VIEWPORT);
    try {
      await expect
        .poll(async () => {
          const submitted = await card.getByText(/^提交时间/).boundingBox();
          const approve = await card
            .getByRole('button', { name: `通过：${expert.name}` })
            .boundingBox();
          return Boolean(approve && submitted && approve.y >= submitted.y + submitted.height);
        })
        .toBe(true);
      await expectNoHorizontalOverflow(page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await card.getByRole('button', { name: `通过：${expert.name}` }).click();
    await page
      .getByRole('dialog', { name: `通过「${expert.name}」的档案？` })
      .getByRole('button', { name: '通过', exact: true })
      .click();

    await page.getByText(`已通过「${expert.name}」的档案`).waitFor();
    await card.waitFor({ state: 'detached' });
    await page.getByText('暂无待审核的专家档案').waitFor();
  });

  it('when an enterprise searches by a Chinese skill term, then it finds the expert and sees no contact', async () => {
    const { page, platform } = ctx;
    await signOut(page, bureau.name);
    await registerInUi(page, platform.url, {
      role: 'enterprise',
      name: enterprise.name,
      email: enterprise.email,
      password: PASSWORD,
      organization: { name: enterprise.organization, city: '青岛' },
    });

    await openSection(page, '专家库');
    await page.getByRole('heading', { name: '专家库', level: 1 }).waitFor();
    await page.getByLabel('搜索专家').fill('边缘计算');
    await page.getByLabel('搜索专家').press('Enter');
    expect(new URL(page.url()).searchParams.get('q')).toBe('边缘计算');

    const result = page.getByRole('link', { name: expert.name });
    await waitWithReload(page, result);
    await result.click();

    await page.getByRole('heading', { name: expert.name, level: 1 }).waitFor();
    await page.getByText('联系方式暂未开放').waitFor();
    expect(await page.getByText(expert.phone).count()).toBe(0);
    expect(await page.getByText('边缘计算').count()).toBeGreaterThan(0);
    expect(ctx.pageErrors).toEqual([]);
  });

  it('when the search names a city, then it is applied as a removable city filter', async () => {
    const { page } = ctx;
    await openSection(page, '专家库');
    await page.getByLabel('搜索专家').fill('深圳 边缘计算');
    await page.getByLabel('搜索专家').press('Enter');
    const chips = page.getByRole('group', { name: '搜索中识别的城市' });
    await chips.getByText('城市：深圳').waitFor();
    await page.getByText('共找到 0 位专家').waitFor();
    await expectAccessible(page);

    await chips.getByRole('button', { name: '移除城市筛选 深圳' }).click();
    await chips.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('q')).toBe('边缘计算');
    await page.getByRole('link', { name: expert.name }).waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });
});
