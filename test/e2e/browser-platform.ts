import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

export async function startBrowserPlatform(
  options: { now?: () => Date } = {},
): Promise<BrowserPlatform> {
  const suffix = randomBytes(4).toString('hex');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'qs-e2e-'));
  const mongodbUri = withDatabase(inject('mongoUri'), `qs_e2e_${suffix}`);
  const platform = await startPlatform({
    port: 0,
    mongodbUri,
    dataDir,
    ...options,
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
  await page
    .getByRole('banner')
    .getByRole('button', { name: new RegExp(name) })
    .click();
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

/** Ticks the consent to the user agreement and privacy policy on the register page. */
export async function acceptTerms(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: '我已阅读并同意用户协议和隐私政策' }).check();
}

/** Registers through the register page; ends signed in, on the dashboard (an expert on the profile). */
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
  await acceptTerms(page);
  await page.getByRole('button', { name: '注册', exact: true }).click();
  await page
    .getByRole('heading', {
      name: account.role === 'expert' ? '我的档案' : `欢迎回来，${account.name}`,
      level: 1,
    })
    .waitFor();
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

/** A phone's width: the narrowest screen the pages are laid out for. */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/**
 * The page's width against the screen's once the layout settles (the side navigation collapses
 * at its breakpoint with a transition): measured until it fits or `timeoutMs` has passed.
 */
export async function pageWidths(
  page: Page,
  timeoutMs = 3_000,
): Promise<{ content: number; screen: number }> {
  const measure = () =>
    page.evaluate(() => {
      const view = globalThis as unknown as {
        document: { scrollingElement: { scrollWidth: number } };
        innerWidth: number;
      };
      return { content: view.document.scrollingElement.scrollWidth, screen: view.innerWidth };
    });
  const deadline = Date.now() + timeoutMs;
  let widths = await measure();
  while (widths.content > widths.screen && Date.now() < deadline) {
    await page.waitForTimeout(100);
    widths = await measure();
  }
  return widths;
}

/** The page is no wider than the screen: nothing scrolls sideways once the layout settles. */
export async function expectNoHorizontalOverflow(page: Page, timeoutMs = 3_000): Promise<void> {
  const widths = await pageWidths(page, timeoutMs);
  expect(widths.content, 'the page scrolls sideways').toBeLessThanOrEqual(widths.screen);
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface FiniteAnimation {
  effect: { getComputedTiming: () => { endTime?: number | string } } | null;
  finished: Promise<unknown>;
}

/** Waits for the page's animations that end (spinners never do) to finish. */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { document } = globalThis as unknown as {
      document: { getAnimations: () => FiniteAnimation[] };
    };
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: unknown[];
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now (stable rules only). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a script tag, which the app's CSP refuses.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(await axeSource);
  // Colours are measured once dialogs and popups have faded in.
  await animationsSettled(page);
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: {
        getRules: (tags: string[]) => { ruleId: string }[];
        run: (options: object) => Promise<{
          violations: (Omit<AxeViolation, 'nodes'> & { nodes: { target: unknown[] }[] })[];
        }>;
      };
    };
    // Experimental rules are off by default in axe: they still report false positives. Accessible
    // names that start with the visible text (WCAG 2.5.3) are checked all the same.
    const experimental = axe
      .getRules(['experimental'])
      .map(({ ruleId }) => ruleId)
      .filter((id) => id !== 'label-content-name-mismatch');
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: Object.fromEntries(experimental.map((id) => [id, { enabled: false }])),
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => node.target),
    }));
  });
}

/** axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The element is whole on screen: inside the viewport's width, not cut by any ancestor that
 * clips (an ellipsis, a card header's hidden overflow), and not overlapping `apart`.
 */
export async function expectWhole(locator: Locator, apart: Locator[] = []): Promise<void> {
  await locator.waitFor();
  const cut = await locator.evaluate((element) => {
    const view = globalThis as unknown as {
      innerWidth: number;
      getComputedStyle: (node: unknown) => { overflowX: string; overflowY: string };
    };
    type Box = { left: number; right: number; top: number; bottom: number };
    type Node = {
      getBoundingClientRect: () => Box;
      parentElement: Node | null;
      scrollWidth: number;
      clientWidth: number;
      tagName: string;
      className: string;
    };
    const node = element as unknown as Node & {
      scrollIntoView: (options: object) => void;
    };
    // Scrolled to vertically only: a table that hides a column off to the side must not be
    // scrolled sideways to it, which is what a user on a phone does not know to do.
    const sideways: [{ scrollLeft: number }, number][] = [];
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      const scrolled = parent as unknown as { scrollLeft: number };
      sideways.push([scrolled, scrolled.scrollLeft]);
    }
    node.scrollIntoView({ block: 'center', inline: 'nearest' });
    for (const [parent, left] of sideways) parent.scrollLeft = left;
    const box = node.getBoundingClientRect();
    const reasons: string[] = [];
    if (box.left < 0 || box.right > view.innerWidth) reasons.push('outside the screen');
    if (node.scrollWidth > node.clientWidth + 1) reasons.push('its text is cut');
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      const style = view.getComputedStyle(parent);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const outer = parent.getBoundingClientRect();
      if (
        box.left < outer.left - 0.5 ||
        box.right > outer.right + 0.5 ||
        box.top < outer.top - 0.5 ||
        box.bottom > outer.bottom + 0.5
      )
        reasons.push(`clipped by ${parent.tagName.toLowerCase()}.${parent.className}`);
    }
    return reasons;
  });
  expect(cut, await locator.innerText()).toEqual([]);
  await expectApart(locator, apart);
}

/** The element's box overlaps none of `others`' (two cards, a tag and a button). */
export async function expectApart(locator: Locator, others: Locator[]): Promise<void> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  for (const other of others) {
    const next = await other.boundingBox();
    if (!next) throw new Error('not on screen');
    const overlaps =
      box.x < next.x + next.width &&
      next.x < box.x + box.width &&
      box.y < next.y + next.height &&
      next.y < box.y + box.height;
    expect(overlaps, 'the two overlap').toBe(false);
  }
}
