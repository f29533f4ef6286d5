import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, staffClient } from '../support/factories';
import {
  enterprise,
  expert,
  pendingInvitation,
  type EnterpriseParty,
  type ExpertParty,
} from '../support/invitations';
import {
  PHONE_VIEWPORT,
  expectAccessible,
  expectNoHorizontalOverflow,
  secondPage,
  signIn,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

const CONTACT_PHONE = '13955556666';

let ctx: BrowserPlatform;
let owner: EnterpriseParty;
let invited: ExpertParty;
let expertPage: Page;
let expertErrors: string[];
let invitationId: string;
let needTitle: string;

/** Tomorrow and the day after in Beijing, as the date picker takes them. */
function beijingDay(daysAhead: number): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + daysAhead * 86_400_000);
  return day.toISOString().slice(0, 10);
}

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const url = ctx.platform.url;
  const bureau = (await staffClient(url, 'bureau')).client;
  owner = await enterprise(url);
  invited = await expert(url, bureau);
  invitationId = await pendingInvitation(owner.client, invited);
  needTitle = (await owner.client.get(`/invitations/${invitationId}`)).body.invitation
    .needTitle as string;
  ({ page: expertPage, errors: expertErrors } = await secondPage(ctx));
  await ctx.page.goto(`${url}/login`);
  await signIn(ctx.page, owner.user.email, PASSWORD);
  await ctx.page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
  await expertPage.goto(`${url}/login`);
  await signIn(expertPage, invited.user.email, PASSWORD);
  await expertPage.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
}, 120_000);

afterAll(async () => {
  await ctx?.close();
});

describe('questions before accepting and a meeting, in two browsers', () => {
  it('when the expert asks with a phone number, then the enterprise reads it masked, answers, and the expert sees the answer live', async () => {
    const url = ctx.platform.url;
    await expertPage.goto(`${url}/app/invitations/${invitationId}`);
    await expertPage.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    // The expert sees how many are invited alongside on the inbox card.
    await expertPage.goto(`${url}/app/invitations`);
    await expertPage.getByText('本需求共邀请 1 位专家，0 位已接受').waitFor();
    await expertPage.goto(`${url}/app/invitations/${invitationId}`);
    const thread = expertPage.getByRole('region', { name: '提问与答复' });
    await thread.getByText('暂无提问').waitFor();
    await thread
      .getByRole('textbox', { name: '您的问题' })
      .fill(`现场在哪里？可致电 ${CONTACT_PHONE}`);
    await thread.getByRole('button', { name: '提问' }).click();
    await thread.getByText(`现场在哪里？可致电 ${CONTACT_PHONE}`).waitFor();

    const page = ctx.page;
    await page.getByRole('button', { name: '通知，1 条未读' }).waitFor();
    await page.goto(`${url}/app/invitations/${invitationId}`);
    const ownerThread = page.getByRole('region', { name: '提问与答复' });
    await ownerThread.getByText('（联系方式已隐藏，接受邀请后可见）').waitFor();
    await ownerThread.getByText(/现场在哪里？可致电 139\*+/).waitFor();
    expect(await ownerThread.textContent()).not.toContain(CONTACT_PHONE);
    await expectAccessible(page);
    await ownerThread.getByRole('textbox', { name: '答复' }).fill('青岛市崂山区，车间二楼');
    await ownerThread.getByRole('button', { name: '答复' }).click();
    await ownerThread.getByText('青岛市崂山区，车间二楼').waitFor();

    // Pushed to the expert's open page: no reload.
    await thread.getByText('青岛市崂山区，车间二楼').waitFor();
    expect(ctx.pageErrors).toEqual([]);
    expect(expertErrors).toEqual([]);
  });

  it('when the enterprise proposes two slots and the expert picks one, then both see it scheduled in Beijing time and download it as .ics', async () => {
    const url = ctx.platform.url;
    const accepted = await invited.client.post(`/invitations/${invitationId}/accept`);
    const collaborationId = accepted.body.collaborationId as string;
    const page = ctx.page;
    await page.goto(`${url}/app/collaborations/${collaborationId}`);
    const meetings = page.getByRole('region', { name: '会面' });
    await meetings.getByText('暂无会面').waitFor();
    await page.getByRole('button', { name: '提议会面' }).click();
    const dialog = page.getByRole('dialog', { name: '提议会面' });
    await dialog.getByRole('textbox', { name: '地址' }).fill('青岛市崂山区海尔路1号');
    const first = dialog.getByRole('textbox', { name: '时间 1（北京时间）' });
    await first.click();
    await first.fill(`${beijingDay(2)} 10:00`);
    await first.press('Enter');
    await dialog.getByRole('button', { name: /添加时间/ }).click();
    const second = dialog.getByRole('textbox', { name: '时间 2（北京时间）' });
    await second.click();
    await second.fill(`${beijingDay(3)} 15:30`);
    await second.press('Enter');
    await dialog.getByRole('button', { name: '发送提议' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await meetings.getByText('待选择').waitFor();

    await expertPage.goto(`${url}/app/collaborations/${collaborationId}`);
    const expertMeetings = expertPage.getByRole('region', { name: '会面' });
    await expertMeetings.getByText('请选择一个时间：').waitFor();
    await expertMeetings.getByRole('button', { name: /^选择此时间 .*10:00/ }).click();
    await expertMeetings.getByText('已确定').waitFor();
    await expertMeetings.getByText(/会面时间：.*10:00.*（北京时间）/).waitFor();

    // The enterprise's open page follows the pick live.
    await meetings.getByText('已确定').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      meetings.getByRole('link', { name: /下载日历/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('meeting.ics');
    const ics = await readFile((await download.path()) as string, 'utf8');
    expect(ics).toContain(`DTSTART;TZID=Asia/Shanghai:${beijingDay(2).replace(/-/g, '')}T100000`);
    expect(ics).toContain('LOCATION:青岛市崂山区海尔路1号');

    await meetings.getByRole('button', { name: '记录' }).click();
    await meetings.getByText(/专家选定了时间/).waitFor();
    await expectAccessible(page);
    await page.setViewportSize(PHONE_VIEWPORT);
    await expectNoHorizontalOverflow(page);
    expect(ctx.pageErrors).toEqual([]);
    expect(expertErrors).toEqual([]);
  });
});
