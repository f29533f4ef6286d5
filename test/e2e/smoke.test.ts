import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field as fieldOf, startBrowserPlatform, type BrowserPlatform } from './browser-platform';

// The account that registers a new organization owns it, hence its members page.
const ENTERPRISE_NAV_ZH = [
  '工作台',
  '需求',
  '场景目录',
  '专家库',
  '邀请',
  '合作',
  '消息',
  '信用',
  '成员管理',
];
const ENTERPRISE_NAV_EN = [
  'Dashboard',
  'Needs',
  'Scenarios',
  'Experts',
  'Invitations',
  'Collaborations',
  'Messages',
  'Credit',
  'Members',
];

const suffix = Math.random().toString(16).slice(2, 10);
const account = {
  name: `王测试${suffix.slice(0, 4)}`,
  email: `enterprise-${suffix}@example.com`,
  password: 'e2e-password-123',
  organization: `青岛智造测试有限公司${suffix}`,
  city: '青岛',
};

let harness: BrowserPlatform;
let page: Page;

beforeAll(async () => {
  harness = await startBrowserPlatform();
  page = harness.page;
});

afterAll(async () => {
  await harness?.close();
});

function navigation(name: string): Locator {
  return page.getByRole('navigation', { name });
}

async function navLabels(nav: Locator): Promise<string[]> {
  await nav.getByRole('menuitem').first().waitFor();
  return (await nav.getByRole('menuitem').allInnerTexts()).map((label) => label.trim());
}

function field(label: string): Locator {
  return fieldOf(page, label);
}

describe('the walking skeleton in a browser', () => {
  it('when a visitor registers an enterprise account, then the Chinese shell shows the enterprise navigation', async () => {
    await page.goto(harness.platform.url);
    await page.getByRole('heading', { name: '登录', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.getByRole('link', { name: '立即注册' }).click();
    await page.getByRole('heading', { name: '注册账号' }).waitFor();
    expect(await page.getByRole('radio', { name: '企业用户' }).isChecked()).toBe(true);
    await field('姓名').fill(account.name);
    await field('邮箱').fill(account.email);
    await field('密码').fill(account.password);
    await field('确认密码').fill(account.password);
    await field('单位名称').fill(account.organization);
    await field('所在城市').fill(account.city);
    await page.getByRole('button', { name: '注册', exact: true }).click();
    // Nobody signs up without agreeing to the user agreement and privacy policy, read in the app.
    await page.getByText('请阅读并同意用户协议和隐私政策').waitFor();
    await page.getByRole('button', { name: '阅读《隐私政策》' }).click();
    await page
      .getByRole('dialog', { name: '隐私政策' })
      .getByText(/个人信息保护法/)
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: '我已阅读并同意用户协议和隐私政策' }).check();
    await page.getByRole('button', { name: '注册', exact: true }).click();

    await page.getByRole('heading', { name: `欢迎回来，${account.name}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app');
    expect(await navLabels(navigation('主导航'))).toEqual(ENTERPRISE_NAV_ZH);
    await page.getByRole('button', { name: new RegExp(`${account.name}.*企业`) }).waitFor();
  });

  it('when the user signs out and back in and switches to English, then the navigation is in English', async () => {
    await page.getByRole('button', { name: new RegExp(account.name) }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    await field('邮箱').fill(account.email);
    await field('密码').fill(account.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: `欢迎回来，${account.name}` }).waitFor();

    await page.getByRole('button', { name: /切换语言/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: `Welcome back, ${account.name}` }).waitFor();
    expect(await navLabels(navigation('Main navigation'))).toEqual(ENTERPRISE_NAV_EN);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The choice is remembered across a reload.
    await page.reload();
    expect(await navLabels(navigation('Main navigation'))).toEqual(ENTERPRISE_NAV_EN);
    expect(harness.pageErrors).toEqual([]);
  });
});
