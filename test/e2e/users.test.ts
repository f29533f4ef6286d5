import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, staffClient } from '../support/factories';
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

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const admin = await staffClient(ctx.platform.url, 'admin');
  adminEmail = admin.user.email;
  adminName = admin.user.name;
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
});
