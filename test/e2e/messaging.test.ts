import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, staffClient } from '../support/factories';
import { acceptedInvitation, enterprise, expert } from '../support/invitations';
import {
  openSection,
  secondPage,
  signIn,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

let ctx: BrowserPlatform;
/** The expert's own browser: a second context, with its own session and socket. */
let expertPage: Page;
let expertPageErrors: string[];
let conversationId: string;
let enterpriseEmail: string;
let expertEmail: string;
let expertName: string;

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const url = ctx.platform.url;
  const bureau = (await staffClient(url, 'bureau')).client;
  expertName = `周通信${ctx.suffix.slice(0, 4)}`;
  const owner = await enterprise(url);
  const invited = await expert(url, bureau, { name: expertName });
  enterpriseEmail = owner.user.email;
  expertEmail = invited.user.email;
  // Invited and accepted through the API: this test is about what follows, the chat.
  ({ conversationId } = await acceptedInvitation(owner.client, invited));

  ({ page: expertPage, errors: expertPageErrors } = await secondPage(ctx));
});

afterAll(async () => {
  await ctx?.close();
});

const composer = (page: Page) => page.getByRole('textbox', { name: '输入消息' });
const history = (page: Page) => page.getByRole('log', { name: '聊天记录' });

describe('chat between the enterprise and the expert in two browsers', () => {
  it('when the expert opens the conversation, then it is empty and waits for messages', async () => {
    await expertPage.goto(`${ctx.platform.url}/login`);
    await signIn(expertPage, expertEmail, PASSWORD);
    await expertPage.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await expertPage.goto(`${ctx.platform.url}/app/messages/${conversationId}`);
    await expertPage.getByText('还没有消息，打个招呼吧。').waitFor();
    await expertPage.evaluate(() => {
      (globalThis as { e2eMark?: string }).e2eMark = 'not reloaded';
    });
  });

  it('when the enterprise picks the conversation and sends, then the expert sees it live', async () => {
    const { page } = ctx;
    await page.goto(`${ctx.platform.url}/login`);
    await signIn(page, enterpriseEmail, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await openSection(page, '消息');
    await page.getByRole('heading', { name: '消息', level: 1 }).waitFor();
    await page.getByRole('link', { name: new RegExp(expertName) }).click();
    await page.getByText('还没有消息，打个招呼吧。').waitFor();

    await composer(page).fill('周老师您好，方便下周二线上沟通诊断方案吗？');
    await composer(page).press('Enter');
    await history(page).getByText('周老师您好，方便下周二线上沟通诊断方案吗？').waitFor();
    expect(await composer(page).inputValue()).toBe('');

    await history(expertPage).getByText('周老师您好，方便下周二线上沟通诊断方案吗？').waitFor();
    expect(await expertPage.evaluate(() => (globalThis as { e2eMark?: string }).e2eMark)).toBe(
      'not reloaded',
    );
  });

  it('when the expert has seen it, then the enterprise sees it marked read', async () => {
    await history(ctx.page).getByText(/已读/).waitFor();
  });

  it('when the expert types and replies, then the enterprise sees the typing and the reply live', async () => {
    await composer(expertPage).pressSequentially('可以，');
    await ctx.page.getByText('对方正在输入…').waitFor();
    await composer(expertPage).fill('可以，周二下午两点。\n请先把产线资料发我。');
    await expertPage.getByRole('button', { name: /发\s*送/ }).click();
    await history(ctx.page)
      .getByText(/周二下午两点/)
      .waitFor();
    await history(ctx.page)
      .getByText(/请先把产线资料发我/)
      .waitFor();
    await ctx.page.getByText('对方正在输入…').waitFor({ state: 'detached' });
    expect(ctx.pageErrors).toEqual([]);
    expect(expertPageErrors).toEqual([]);
  });

  it('when a message arrives while the expert is elsewhere, then the navigation counts it until it is read', async () => {
    await openSection(expertPage, '工作台');
    await expertPage.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await composer(ctx.page).fill('还有一个问题：现场是否可以拍照？');
    await composer(ctx.page).press('Enter');
    const badge = expertPage.getByRole('navigation', { name: '主导航' }).getByLabel('1 条未读');
    await badge.waitFor();
    await openSection(expertPage, '消息');
    await expertPage.getByRole('link', { name: /还有一个问题/ }).click();
    await history(expertPage).getByText('还有一个问题：现场是否可以拍照？').waitFor();
    await badge.waitFor({ state: 'detached' });
    expect(expertPageErrors).toEqual([]);
  });
});
