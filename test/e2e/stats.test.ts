import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, staffClient } from '../support/factories';
import { enterprise, expert, pendingInvitation } from '../support/invitations';
import type { TestClient } from '../support/platform';
import {
  expectApart,
  expectWhole,
  openSection,
  PHONE_VIEWPORT,
  pageWidths,
  signIn,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

let ctx: BrowserPlatform;
let bureau: TestClient;
let bureauEmail: string;

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const staff = await staffClient(ctx.platform.url, 'bureau');
  bureau = staff.client;
  bureauEmail = staff.user.email;
  await expert(ctx.platform.url, bureau, { skills: ['tsn'] });
});

afterAll(async () => {
  await ctx?.close();
});

describe('the bureau’s statistics page', () => {
  it('when the bureau opens the statistics, then the alliance’s figures and charts show', async () => {
    const { page } = ctx;
    await page.goto(`${ctx.platform.url}/login`);
    await signIn(page, bureauEmail, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await openSection(page, '统计');
    await page.getByRole('heading', { name: '统计', level: 1 }).waitFor();
    const experts = page.locator('.ant-statistic', { hasText: '专家总数' });
    await experts.getByText('1', { exact: true }).waitFor();
    await page.getByText('需求转化漏斗').waitFor();
    // No need posted yet: the sentence, not bars of nothing on empty axes.
    const funnel = page.locator('.ant-card', { hasText: '需求转化漏斗' });
    await funnel.getByText('所选范围内没有这类需求').waitFor();
    expect(await funnel.getByRole('img', { name: /发布需求/ }).count()).toBe(0);
    await page.getByRole('cell', { name: '时间敏感网络' }).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('stats.csv');
    expect(await readFile(await csv.path(), 'utf8')).toContain('专家,专家库,青岛专家库');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('stats.xlsx');
  });

  it('when another expert is verified, then the figure follows without a reload', async () => {
    const { page } = ctx;
    // Pushes of earlier writes pass first, so that the next one answers this verification.
    await page.waitForTimeout(2_500);
    await page.evaluate(() => {
      (globalThis as { e2eMark?: string }).e2eMark = 'not reloaded';
    });
    await expert(ctx.platform.url, bureau);
    const experts = page.locator('.ant-statistic', { hasText: '专家总数' });
    await experts.getByText('2', { exact: true }).waitFor();
    expect(await page.evaluate(() => (globalThis as { e2eMark?: string }).e2eMark)).toBe(
      'not reloaded',
    );
    expect(ctx.pageErrors).toEqual([]);
  });

  it('when the bureau narrows the statistics to Shenzhen on a phone, then the figures and the export follow, live, without sideways scrolling', async () => {
    const { page } = ctx;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${ctx.platform.url}/app/stats`);
      await page.getByRole('heading', { name: '统计', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: '城市' }).click();
      await page.locator('.ant-select-item-option-content', { hasText: '深圳' }).click();
      await page.waitForURL(/city=/);
      // Both experts so far are in Qingdao.
      const experts = page.locator('.ant-statistic', { hasText: '专家总数' });
      await experts.getByText('0', { exact: true }).waitFor();
      await page.getByText('所选范围内还没有跨城邀请').waitFor();
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /导出 CSV/ }).click(),
      ]);
      const text = await readFile(await csv.path(), 'utf8');
      expect(text).toContain('专家,总计,总数,0\r\n');
      const widths = await pageWidths(page);
      expect(widths.content).toBeLessThanOrEqual(widths.screen);
      // The export buttons go under the description rather than squeezing it to a column.
      const description = await page
        .getByText('联盟专家、单位、需求与合作的实时统计，数据变化时自动刷新。')
        .boundingBox();
      expect(description?.width).toBeGreaterThan(300);
      await expectWhole(page.getByText('企业自有需求', { exact: true }));
      const card = (title: string) =>
        page.locator('.ant-card').filter({
          has: page.locator(':scope > .ant-card-head', { hasText: title }),
        });
      await expectApart(card('公平性：合作分布'), [card('合作成果')]);

      await page.waitForTimeout(2_500);
      await expert(ctx.platform.url, bureau, {
        city: '深圳',
        pool: 'shenzhen',
        organization: '深圳信息通信研究院',
      });
      await experts.getByText('1', { exact: true }).waitFor();
      expect(ctx.pageErrors).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('when the bureau reads a date range on a phone, then each card says what it counts under its heading, the range says each figure keeps its own date, and every table’s row reads one cell under the other', async () => {
    const { page } = ctx;
    const owner = await enterprise(ctx.platform.url);
    const shenzhen = await expert(ctx.platform.url, bureau, {
      city: '深圳',
      pool: 'shenzhen',
      organization: '深圳市智能制造研究院',
    });
    await pendingInvitation(owner.client, shenzhen);
    const card = (title: string) =>
      page.locator('.ant-card').filter({
        has: page.getByRole('heading', { level: 2, name: title, exact: true }),
      });
    await page.setViewportSize(PHONE_VIEWPORT);
    try {
      await page.goto(`${ctx.platform.url}/app/stats?from=2024-01-01`);
      await page.getByRole('heading', { name: '统计', level: 1 }).waitFor();
      await page
        .getByText(/^所选日期：2024-01-01 起。每项数字按其自身的日期筛选：需求按发布日期/)
        .waitFor();
      await card('数字化转型诊断需求').getByText('按发布日期统计的需求').waitFor();
      await card('合作').getByText('按开始日期统计的合作，需求发布时间不限').waitFor();
      await card('跨城合作明细')
        .getByText(/^按发出日期统计的跨城邀请/)
        .waitFor();
      await card('公平性：合作分布')
        .getByText(/选行业时只计该行业的专家/)
        .waitFor();
      // Columns side by side on a 390 px screen wrapped a name a character a line.
      for (const title of [
        '需求转化漏斗',
        '技能供需缺口',
        '跨城协作',
        '跨城合作明细',
        '公平性：合作分布',
      ]) {
        const cells = card(title).locator('.ant-table-tbody > tr.ant-table-row > td');
        await cells.first().waitFor();
        const widths = await cells.evaluateAll((all) =>
          all.map((cell) => cell.getBoundingClientRect().width),
        );
        expect(Math.min(...widths), title).toBeGreaterThan(280);
      }
      await card('跨城合作明细').getByText('专家：', { exact: true }).waitFor();
      const widths = await pageWidths(page);
      expect(widths.content).toBeLessThanOrEqual(widths.screen);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    // A wide screen keeps the columns.
    const row = card('跨城合作明细').locator('.ant-table-tbody > tr.ant-table-row').first();
    await expect.poll(() => row.locator('td').count()).toBe(5);
    expect(ctx.pageErrors).toEqual([]);
  });
});
