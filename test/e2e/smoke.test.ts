import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../server/src/lib/db/uri';
import { startPlatform, type RunningPlatform } from '../../server/src/server';
import type {} from '../setup/provided';
import { dropTestDatabase } from '../support/db';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const ENTERPRISE_NAV_ZH = ['工作台', '需求', '专家库', '邀请', '合作', '消息'];
const ENTERPRISE_NAV_EN = [
  'Dashboard',
  'Needs',
  'Experts',
  'Invitations',
  'Collaborations',
  'Messages',
];

const suffix = randomBytes(4).toString('hex');
const account = {
  name: `王测试${suffix.slice(0, 4)}`,
  email: `enterprise-${suffix}@example.com`,
  password: 'e2e-password-123',
  organization: `青岛智造测试有限公司${suffix}`,
  city: '青岛',
};

let dataDir: string;
let mongodbUri: string;
let platform: RunningPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'qs-e2e-'));
  mongodbUri = withDatabase(inject('mongoUri'), `qs_e2e_${suffix}`);
  platform = await startPlatform({
    port: 0,
    mongodbUri,
    dataDir,
    env: {
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'never',
      SESSION_SECRET: 'e2e-secret-not-for-production',
      REDIS_URL: '',
      MEILI_URL: '',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    },
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
  if (mongodbUri) await dropTestDatabase(mongodbUri);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function navigation(name: string): Locator {
  return page.getByRole('navigation', { name });
}

async function navLabels(nav: Locator): Promise<string[]> {
  await nav.getByRole('menuitem').first().waitFor();
  return (await nav.getByRole('menuitem').allInnerTexts()).map((label) => label.trim());
}

function field(label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

describe('the walking skeleton in a browser', () => {
  it('when a visitor registers an enterprise account, then the Chinese shell shows the enterprise navigation', async () => {
    await page.goto(platform.url);
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
    expect(pageErrors).toEqual([]);
  });
});
