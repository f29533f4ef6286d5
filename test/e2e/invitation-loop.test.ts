import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD as EXPERT_PASSWORD,
  expertProfile,
  staffClient,
  submittedExpert,
} from '../support/factories';
import {
  expectNoHorizontalOverflow,
  expectWhole,
  field,
  openSection,
  PHONE_VIEWPORT,
  pick,
  registerInUi,
  signIn,
  secondPage,
  startBrowserPlatform,
  waitWithReload,
  type BrowserPlatform,
} from './browser-platform';

const PASSWORD = 'e2e-password-123';
const EXPERT_PHONE = '13912345678';

let ctx: BrowserPlatform;
/** The expert's own browser: a second context, with its own session cookie and socket. */
let expertPage: Page;
let expertPageErrors: string[];
let expertName: string;
let expertEmail: string;
let contactEmail: string;
let needTitle: string;

/** Marks the page, so that a later check tells whether it was reloaded meanwhile. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as { e2eMark?: string }).e2eMark = 'not reloaded';
  });
}

async function pageMark(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as { e2eMark?: string }).e2eMark);
}

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  expertName = `刘边缘${ctx.suffix.slice(0, 4)}`;
  needTitle = `冲压车间TSN设备联网改造 ${ctx.suffix}`;
  // A verified expert, made through the API: TSN and edge computing, home appliances.
  const submitted = await submittedExpert(
    ctx.platform.url,
    expertProfile({
      name: expertName,
      skills: ['tsn', 'edge-computing'],
      contact: { phone: EXPERT_PHONE, email: `liu-${ctx.suffix}@example.com` },
    }),
  );
  expertEmail = submitted.user.email;
  contactEmail = submitted.expert.contact.email;
  const bureau = await staffClient(ctx.platform.url, 'bureau');
  const verified = await bureau.client.post(`/experts/${submitted.expert.id}/verification`, {
    decision: 'verified',
    note: '',
  });
  if (verified.status !== 200) throw new Error(`verification failed: ${verified.status}`);

  ({ page: expertPage, errors: expertPageErrors } = await secondPage(ctx));
});

afterAll(async () => {
  await ctx?.close();
});

describe('the invitation → collaboration loop in two browsers', () => {
  it('when the expert signs in, then the bell shows no unread notification', async () => {
    await expertPage.goto(`${ctx.platform.url}/login`);
    await signIn(expertPage, expertEmail, EXPERT_PASSWORD);
    await expertPage.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await expertPage.getByRole('button', { name: '通知，0 条未读' }).waitFor();
    await openSection(expertPage, '邀请');
    await expertPage.getByRole('heading', { name: '收到的邀请', level: 1 }).waitFor();
    await expertPage.getByText('暂未收到邀请').waitFor();
    await markPage(expertPage);
  });

  it('when an enterprise posts a need and invites the matched expert, then the match shows 已邀请 with the state', async () => {
    const { page, platform, suffix } = ctx;
    await registerInUi(page, platform.url, {
      role: 'enterprise',
      name: `赵经理${suffix.slice(0, 4)}`,
      email: `loop-${suffix}@example.com`,
      password: PASSWORD,
      organization: { name: `青岛冲压测试有限公司${suffix}`, city: '青岛' },
    });
    await openSection(page, '需求');
    await page.getByRole('link', { name: '发布需求' }).first().click();
    await page.getByRole('heading', { name: '发布需求', level: 1 }).waitFor();
    await pick(page, '所属行业', '家电');
    await field(page, '需求标题').fill(needTitle);
    await field(page, '需求描述').fill(
      '冲压线设备需要确定性低时延互联，计划引入 TSN 并部署边缘网关。',
    );
    const chip = page.getByRole('button', { name: '添加技能：时间敏感网络' });
    await chip.click();
    await chip.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    await page.getByText('还没有邀请专家').waitFor();

    const card = page.getByRole('article', { name: expertName });
    await waitWithReload(page, card);
    await card.getByRole('button', { name: `邀请 ${expertName}` }).click();
    const dialog = page.getByRole('dialog', { name: `邀请「${expertName}」` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '发送邀请' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await card.getByRole('button', { name: '已邀请' }).waitFor();
    await card.getByText('待回复').waitFor();
    // The need's invited experts list it too, with the way to withdraw it.
    const invited = page.getByRole('list', { name: '已邀请的专家' });
    await invited.getByText(expertName).waitFor();
    await invited.getByRole('button', { name: `撤回发给 ${expertName} 的邀请` }).waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });

  it('when the invitation is sent, then the expert’s bell rises live and the expert accepts from the inbox', async () => {
    // Pushed over the socket: the page was not reloaded.
    const bell = expertPage.getByRole('button', { name: '通知，1 条未读' });
    await bell.waitFor();
    expect(await pageMark(expertPage)).toBe('not reloaded');

    // The open inbox follows as well.
    const invitation = expertPage.getByRole('article', { name: needTitle });
    await invitation.waitFor();
    await invitation.getByText('待回复').waitFor();
    await invitation.getByText(/后过期/).waitFor();

    await bell.click();
    const latest = expertPage.getByRole('list', { name: '最新通知' });
    await latest.getByText('新的合作邀请').waitFor();
    await latest.getByRole('button', { name: /^新的合作邀请\s*（未读）/ }).click();
    await expertPage.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    await expertPage.getByRole('button', { name: '通知，0 条未读' }).waitFor();

    await openSection(expertPage, '邀请');
    await invitation.getByRole('button', { name: `接受邀请「${needTitle}」` }).click();
    await expertPage.getByRole('button', { name: '确认接受' }).click();
    await invitation.getByText('已接受').waitFor();
    await expertPage.getByRole('link', { name: '查看合作' }).first().click();

    await expertPage.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    await expertPage.getByText('进行中').waitFor();
    await expertPage.getByText('接受邀请，开启合作').waitFor();
    expect(expertPageErrors).toEqual([]);
  });

  it('when the expert accepted, then the enterprise sees it live, the collaboration and the expert’s contact', async () => {
    const { page } = ctx;
    // Still on the need's page: the invitation's state follows without a reload.
    await page
      .getByRole('list', { name: '已邀请的专家' })
      .getByText('已接受', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: '通知，1 条未读' }).waitFor();

    await openSection(page, '合作');
    await page.getByRole('heading', { name: '合作', level: 1 }).waitFor();
    await page
      .getByRole('table', { name: '合作列表' })
      .getByRole('link', { name: needTitle })
      .click();
    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    await page.getByText('进行中').waitFor();
    // The timeline names who moved from the side the server reports, not from the expert's account.
    await page.getByText(new RegExp(`^${expertName} · `)).waitFor();

    const contact = page.getByText(`${expertName} 的联系方式`);
    await contact.waitFor();
    await page.getByText(EXPERT_PHONE).waitFor();
    await page.getByRole('link', { name: new RegExp(contactEmail) }).waitFor();
    expect(ctx.pageErrors).toEqual([]);
  });

  it('when the enterprise reads its invitations and collaborations on a phone, then each row’s state and way on are on screen, not in a column to scroll to', async () => {
    const { page } = ctx;
    await page.setViewportSize(PHONE_VIEWPORT);
    try {
      await page.goto(`${ctx.platform.url}/app/invitations`);
      const sent = page.getByRole('table', { name: '已发出的邀请' });
      const row = sent.getByRole('row').filter({ hasText: needTitle });
      await expectWhole(row.getByText('已接受', { exact: true }));
      await expectWhole(row.getByRole('link', { name: `详情：发给 ${expertName} 的邀请` }));
      await expectNoHorizontalOverflow(page);

      await page.goto(`${ctx.platform.url}/app/collaborations`);
      const collaboration = page
        .getByRole('table', { name: '合作列表' })
        .getByRole('row')
        .filter({ hasText: needTitle });
      await expectWhole(collaboration.getByText('进行中', { exact: true }));
      await expectWhole(collaboration.getByText(expertName));
      await expectNoHorizontalOverflow(page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
