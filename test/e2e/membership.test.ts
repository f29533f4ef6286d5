import type { UserDto } from '@qs/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, registeredClient, staffClient, uniqueEmail } from '../support/factories';
import type { TestClient } from '../support/platform';
import {
  choose,
  expectAccessible,
  expectNoHorizontalOverflow,
  field,
  openSection,
  PHONE_VIEWPORT,
  acceptTerms,
  registerInUi,
  secondPage,
  signIn,
  signOut,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

let ctx: BrowserPlatform;
/** The applicant's own browser: a second context, with its own session and socket. */
let applicantPage: Page;
let applicantErrors: string[];
let bureau: { client: TestClient; user: UserDto };

const owner = { name: '王主管', email: uniqueEmail('owner'), password: PASSWORD };
const applicant = { name: '李申请', email: uniqueEmail('applicant'), password: PASSWORD };

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  bureau = await staffClient(ctx.platform.url, 'bureau');
  ({ page: applicantPage, errors: applicantErrors } = await secondPage(ctx));
});

afterAll(async () => {
  await ctx?.close();
});

const organizationName = () => `海纳智造(青岛)有限公司 ${ctx.suffix}`;
/** The same organization as typed by someone else: full-width brackets, no space, upper case. */
const sameNameTypedDifferently = () => `海纳智造（青岛）有限公司${ctx.suffix.toUpperCase()}`;

const members = (page: Page) => page.getByRole('list', { name: '成员' });
const requests = (page: Page) => page.getByRole('list', { name: '待审核的申请' });

async function registerEnterprise(page: Page, account: typeof applicant, organization: string) {
  await page.goto(`${ctx.platform.url}/register`);
  await page.getByRole('heading', { name: '注册账号' }).waitFor();
  await choose(page, 'radio', '企业用户');
  await field(page, '姓名').fill(account.name);
  await field(page, '邮箱').fill(account.email);
  await field(page, '密码').fill(account.password);
  await field(page, '确认密码').fill(account.password);
  await field(page, '单位名称').fill(organization);
  await field(page, '所在城市').fill('青岛');
  await acceptTerms(page);
  await page.getByRole('button', { name: '注册', exact: true }).click();
}

/** Checks the page with axe on the desktop, then as a phone shows it, and back. */
async function checkScreens(page: Page) {
  await expectAccessible(page);
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE_VIEWPORT);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  if (desktop) await page.setViewportSize(desktop);
}

describe('joining an organization', () => {
  it('when an owner registers a new organization, then the navigation offers its members', async () => {
    const { page } = ctx;
    await registerInUi(page, ctx.platform.url, {
      role: 'enterprise',
      ...owner,
      organization: { name: organizationName(), city: '青岛' },
    });
    await openSection(page, '成员管理');
    await page.getByRole('heading', { name: '成员管理', level: 1 }).waitFor();
    await page.getByText('暂无待审核的申请').waitFor();
    const me = members(page).getByRole('article', { name: owner.name });
    await me.getByText('我', { exact: true }).waitFor();
    expect(await me.getByRole('combobox', { name: `${owner.name} 的单位角色` }).count()).toBe(1);
  });

  it('when a second account registers with the same name written differently, then it waits for approval', async () => {
    await registerEnterprise(applicantPage, applicant, sameNameTypedDifferently());
    await applicantPage.getByRole('heading', { name: '等待单位管理员审核' }).waitFor();
    // The organization as it is named, not as the applicant typed it.
    await applicantPage.getByText(`您已申请加入「${organizationName()}」`).waitFor();
    expect(await applicantPage.getByRole('navigation', { name: '主导航' }).count()).toBe(0);

    // No page of the app opens meanwhile, whatever the address.
    await applicantPage.goto(`${ctx.platform.url}/app/needs`);
    await applicantPage.getByRole('heading', { name: '等待单位管理员审核' }).waitFor();
    await checkScreens(applicantPage);
    await applicantPage.getByRole('button', { name: '刷新状态' }).click();
    await applicantPage.getByText('申请仍在审核中，请耐心等待。').waitFor();
  });

  it('when the owner approves on the members page, then the applicant’s app opens live', async () => {
    const { page } = ctx;
    // The request arrived while the owner was on the page: it shows without a reload.
    const request = requests(page).getByRole('article', { name: applicant.name });
    await request.waitFor();
    await page.getByRole('button', { name: /^通知，1 条未读/ }).waitFor();
    await checkScreens(page);

    await request.getByRole('button', { name: `通过：${applicant.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `通过「${applicant.name}」的加入申请` });
    await dialog.getByLabel('备注（选填）').fill('同部门同事');
    await dialog.getByRole('button', { name: '通过', exact: true }).click();
    await page.getByText(`已通过「${applicant.name}」的加入申请`).waitFor();
    await members(page).getByRole('article', { name: applicant.name }).waitFor();
    await page.getByText('暂无待审核的申请').waitFor();

    // The applicant was left on the needs page: it opens there, with the member's navigation.
    await applicantPage.getByRole('heading', { name: '我的需求', level: 1 }).waitFor();
    const navigation = applicantPage.getByRole('navigation', { name: '主导航' });
    await navigation.getByRole('link', { name: '消息', exact: true }).waitFor();
    expect(await navigation.getByRole('link', { name: '成员管理' }).count()).toBe(0);
  });

  it('when the owner removes the member, then the member is asked to join or create an organization, and creating one opens the app', async () => {
    const { page } = ctx;
    const member = members(page).getByRole('article', { name: applicant.name });
    await member.getByRole('button', { name: `移出：${applicant.name}` }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '移出' }).click();
    await page.getByText(`已将「${applicant.name}」移出本单位`).waitFor();
    await member.waitFor({ state: 'detached' });

    await applicantPage.getByRole('heading', { name: '加入或创建单位' }).waitFor();
    await checkScreens(applicantPage);
    await field(applicantPage, '单位名称').fill(`李氏数控 ${ctx.suffix}`);
    await field(applicantPage, '所在城市').fill('深圳');
    // The city picker's suggestions close as a user leaves the field.
    await field(applicantPage, '所在城市').press('Escape');
    await applicantPage.getByRole('button', { name: '提交', exact: true }).click();
    await applicantPage.getByText('单位已创建，您是该单位的管理员。').waitFor();
    await applicantPage
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '成员管理' })
      .waitFor();
  });

  it('when the owner would leave the organization without an owner, then the change is refused and told why', async () => {
    const { page } = ctx;
    const role = members(page).getByRole('combobox', { name: `${owner.name} 的单位角色` });
    await role.click();
    await page.locator('.ant-select-item-option:visible', { hasText: '成员' }).click();
    await page.getByText('单位至少需要保留一位管理员，请先将其他成员设为管理员。').waitFor();
    await members(page).getByRole('article', { name: owner.name }).getByTitle('管理员').waitFor();
  });

  it('when the bureau decides on requests to an organization without an owner, then the one it approves owns it', async () => {
    const url = ctx.platform.url;
    const seeded = `青岛港湾物流 ${ctx.suffix}`;
    const created = await bureau.client.post('/organizations', {
      name: seeded,
      type: 'enterprise',
      city: '青岛',
    });
    expect(created.status).toBe(201);
    const joiner = (name: string) =>
      registeredClient(url, {
        role: 'enterprise',
        email: uniqueEmail('joiner'),
        password: PASSWORD,
        name,
        organization: { name: seeded.toUpperCase(), type: 'enterprise', city: '青岛' },
      });
    const declined = await joiner('钱冒名');
    const { client, user } = await joiner('赵港湾');
    expect(user.membership).toBe('pending');

    const { page } = ctx;
    await openSection(page, '工作台');
    await page.getByRole('heading', { name: `欢迎回来，${owner.name}` }).waitFor();
    await signOut(page, owner.name);
    await signIn(page, bureau.user.email, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await openSection(page, '加入申请');
    await page.getByRole('heading', { name: '加入申请', level: 1 }).waitFor();
    const queue = page.getByRole('list', { name: '加入申请' });
    const request = queue.getByRole('article', { name: '赵港湾' });
    await request.getByText(seeded).waitFor();
    await checkScreens(page);

    // The search narrows the queue by organization name.
    await page.getByRole('searchbox', { name: '按单位名称搜索' }).fill('没有这个单位');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByText('没有符合条件的申请').waitFor();
    await page.getByRole('searchbox', { name: '按单位名称搜索' }).fill('港湾物流');
    await page.getByRole('button', { name: '搜索', exact: true }).click();

    await queue.getByRole('button', { name: '拒绝：钱冒名' }).click();
    const rejecting = page.getByRole('dialog', { name: '拒绝「钱冒名」的加入申请' });
    await rejecting.getByLabel('备注（选填）').fill('非本单位员工');
    await expectAccessible(page);
    await rejecting.getByRole('button', { name: '拒绝', exact: true }).click();
    await page.getByText('已拒绝「钱冒名」的加入申请').waitFor();
    await queue.getByRole('article', { name: '钱冒名' }).waitFor({ state: 'detached' });
    expect((await declined.client.get('/auth/me')).body.user.organizationId).toBeUndefined();

    await request.getByRole('button', { name: '通过：赵港湾' }).click();
    await page
      .getByRole('dialog', { name: '通过「赵港湾」的加入申请' })
      .getByRole('button', { name: '通过', exact: true })
      .click();
    await page.getByText('已通过「赵港湾」的加入申请').waitFor();
    await request.waitFor({ state: 'detached' });

    const me = await client.get('/auth/me');
    expect(me.body.user).toMatchObject({ membership: 'active', orgRole: 'owner' });
    expect(ctx.pageErrors).toEqual([]);
    expect(applicantErrors).toEqual([]);
  });
});
