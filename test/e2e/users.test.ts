import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, staffClient } from '../support/factories';
import type { TestClient } from '../support/platform';
import {
  field,
  openSection,
  pick,
  signIn,
  signOut,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

let ctx: BrowserPlatform;
let adminEmail: string;
let adminName: string;
let adminClient: TestClient;

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const admin = await staffClient(ctx.platform.url, 'admin');
  adminEmail = admin.user.email;
  adminName = admin.user.name;
  adminClient = admin.client;
});

afterAll(async () => {
  await ctx?.close();
});

describe('accounts for the admin', () => {
  it('when the admin creates a bureau account, then it is listed and can sign in with its role', async () => {
    const { page } = ctx;
    const email = `reviewer-${ctx.suffix}@example.com`;
    await page.goto(`${ctx.platform.url}/login`);
    await signIn(page, adminEmail, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await openSection(page, '用户');
    await page.getByRole('heading', { name: '用户', level: 1 }).waitFor();

    await page.getByRole('button', { name: /新建账号/ }).click();
    await field(page, '姓名').fill('王审核');
    await field(page, '邮箱').fill(email);
    await field(page, '初始密码').fill('short');
    await pick(page, '角色', '人社局');
    await page.getByRole('dialog').getByRole('button', { name: '新建账号' }).click();
    await page.getByText('至少需要 10 个字符').waitFor();
    await field(page, '初始密码').fill('Reviewer-2026-pass');
    await page.getByRole('dialog').getByRole('button', { name: '新建账号' }).click();
    await page.getByRole('cell', { name: email }).waitFor();

    await signOut(page, adminName);
    await signIn(page, email, 'Reviewer-2026-pass');
    await page.getByRole('heading', { name: '欢迎回来，王审核' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByText('专家审核').waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });

  it('when the admin disables an account and resets another’s password, then the first cannot sign in and the second sets a new password from the mailed link', async () => {
    const { page } = ctx;
    const disabled = await staffClient(ctx.platform.url, 'bureau');
    const forgetful = await staffClient(ctx.platform.url, 'bureau');
    await page.context().clearCookies();
    await page.goto(`${ctx.platform.url}/login`);
    await signIn(page, adminEmail, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await openSection(page, '用户');

    const row = (email: string) => page.getByRole('row').filter({ hasText: email });
    const search = async (email: string) => {
      await field(page, '搜索姓名或邮箱').fill(email);
      await field(page, '搜索姓名或邮箱').press('Enter');
      await row(email).waitFor();
    };
    await search(disabled.user.email);
    await row(disabled.user.email)
      .getByRole('button', { name: `管理 ${disabled.user.name}` })
      .click();
    await page.getByRole('menuitem', { name: '停用账号' }).click();
    const confirm = page.getByRole('dialog', { name: /停用 .* 的账号？/ });
    await confirm.getByRole('button', { name: '停用账号' }).click();
    await confirm.getByText('此项为必填项').waitFor();
    await field(page, '原因（将记入操作记录）').fill('已调离');
    await confirm.getByRole('button', { name: '停用账号' }).click();
    await row(disabled.user.email).getByText('已停用').waitFor();
    await row(disabled.user.email)
      .getByRole('button', { name: `管理 ${disabled.user.name}` })
      .click();
    await page.getByRole('menuitem', { name: '操作记录' }).click();
    const history = page.getByRole('dialog', { name: /的操作记录$/ });
    await history.getByText('已调离').waitFor();
    await history.getByRole('button', { name: /关闭|Close/ }).click();
    await history.waitFor({ state: 'hidden' });

    await search(forgetful.user.email);
    await row(forgetful.user.email)
      .getByRole('button', { name: `管理 ${forgetful.user.name}` })
      .click();
    await page.getByRole('menuitem', { name: '重置密码' }).click();
    await field(page, '原因（将记入操作记录）').fill('本人来电申请');
    const resetDialog = page.getByRole('dialog', { name: /重置密码？/ });
    await resetDialog.getByRole('button', { name: '重置密码' }).click();
    await resetDialog.waitFor({ state: 'hidden' });

    // Without SMTP_URL the mail lands in the admin's outbox.
    const outbox = await adminClient.get('/admin/outbox').expect(200);
    const summary = (outbox.body.items as Array<{ id: string; to: string[] }>).find((mail) =>
      mail.to.includes(forgetful.user.email),
    );
    const mail = await adminClient.get(`/admin/outbox/${summary?.id ?? ''}`).expect(200);
    const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(
      mail.body.mail.text as string,
    )?.[0];
    expect(link).toBeDefined();

    await signOut(page, adminName);
    await signIn(page, disabled.user.email, PASSWORD);
    await page.getByText('该账号已停用，请联系平台管理员。').waitFor();

    await page.goto(
      `${ctx.platform.url}${new URL(link ?? '').pathname}${new URL(link ?? '').search}`,
    );
    await page.getByRole('heading', { name: '设置新密码' }).waitFor();
    await field(page, '密码').fill('Forgetful-2026-new');
    await field(page, '确认密码').fill('Forgetful-2026-new');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByRole('heading', { name: '登录', exact: true }).waitFor();
    await signIn(page, forgetful.user.email, 'Forgetful-2026-new');
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });
});
