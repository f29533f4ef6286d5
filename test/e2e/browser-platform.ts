import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
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

/** One platform (mongoose is global: one per test file) and one Chromium page against it. */
export interface BrowserPlatform {
  platform: RunningPlatform;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page. */
  pageErrors: string[];
  suffix: string;
  close(): Promise<void>;
}

export async function startBrowserPlatform(): Promise<BrowserPlatform> {
  const suffix = randomBytes(4).toString('hex');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'qs-e2e-'));
  const mongodbUri = withDatabase(inject('mongoUri'), `qs_e2e_${suffix}`);
  const platform = await startPlatform({
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  return {
    platform,
    browser,
    page,
    pageErrors,
    suffix,
    close: async () => {
      await browser.close();
      await platform.close();
      await dropTestDatabase(mongodbUri);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A form field by its exact label. */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** Types into a searchable antd select and picks the first option that matches. */
export async function pick(page: Page, label: string, text: string): Promise<void> {
  const input = field(page, label);
  await input.click();
  await input.fill(text);
  await page.locator('.ant-select-item-option-active:visible').first().waitFor();
  await input.press('Enter');
  await input.press('Escape');
}

/** Checks an antd radio or checkbox through its label (the input itself is hidden). */
export async function choose(page: Page, role: 'radio' | 'checkbox', name: string | RegExp) {
  const input = page.getByRole(role, { name });
  await page.locator('label', { has: input }).click();
  expect(await input.isChecked()).toBe(true);
}

/** Opens a section through the side navigation. */
export async function openSection(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

/** Signs out through the user menu. */
export async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.getByRole('heading', { name: '登录', exact: true }).waitFor();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await field(page, '邮箱').fill(email);
  await field(page, '密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

export interface Registration {
  role: 'enterprise' | 'expert';
  name: string;
  email: string;
  password: string;
  organization?: { name: string; city: string };
}

/** Registers through the register page; ends on the dashboard, signed in. */
export async function registerInUi(page: Page, baseUrl: string, account: Registration) {
  await page.goto(`${baseUrl}/register`);
  await page.getByRole('heading', { name: '注册账号' }).waitFor();
  await choose(page, 'radio', account.role === 'expert' ? '专家' : '企业用户');
  await field(page, '姓名').fill(account.name);
  await field(page, '邮箱').fill(account.email);
  await field(page, '密码').fill(account.password);
  await field(page, '确认密码').fill(account.password);
  if (account.organization) {
    await field(page, '单位名称').fill(account.organization.name);
    await field(page, '所在城市').fill(account.organization.city);
  }
  await page.getByRole('button', { name: '注册', exact: true }).click();
  await page.getByRole('heading', { name: `欢迎回来，${account.name}` }).waitFor();
}

/**
 * Waits until `locator` shows, reloading the page between tries: the search index follows
 * MongoDB a moment later than the write.
 */
export async function waitWithReload(page: Page, locator: Locator, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await locator.waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.reload();
    }
  }
}

/** A second browser of its own (session, socket), for the other side of a live exchange. */
export async function secondPage(ctx: BrowserPlatform): Promise<{ page: Page; errors: string[] }> {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}
