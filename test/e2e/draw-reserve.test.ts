import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionDto } from '@qs/shared';
import {
  PASSWORD,
  enterpriseRegistration,
  expertProfile,
  needInput,
  registeredClient,
  staffClient,
  verifiedExpert,
} from '../support/factories';
import type { TestClient } from '../support/platform';
import {
  animationsSettled,
  expectApart,
  field,
  openSection,
  PHONE_VIEWPORT,
  secondPage,
  signIn,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

/*
 * A draw of one expert with one reserve, invited at once: the drawn expert declines in their own
 * browser, and the reserve's open inbox shows the invitation without anyone acting; the owner's
 * dialog shows the replacement in the draw's trail, live.
 */

let ctx: BrowserPlatform;
let owner: TestClient;
let ownerEmail: string;
let needId: string;
let needTitle: string;
const experts: Array<{ id: string; name: string; email: string }> = [];

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const bureau = (await staffClient(ctx.platform.url, 'bureau')).client;
  for (const name of [`周仓储${ctx.suffix.slice(0, 3)}`, `吴物流${ctx.suffix.slice(0, 3)}`]) {
    const verified = await verifiedExpert(
      ctx.platform.url,
      bureau,
      expertProfile({ name, skills: ['wms-agv'] }),
    );
    experts.push({ id: verified.expert.id, name, email: verified.user.email });
  }
  await ctx.platform.search.indexer.drain();
  const registration = enterpriseRegistration();
  ownerEmail = registration.email;
  owner = (await registeredClient(ctx.platform.url, registration)).client;
  needTitle = `立体仓库AGV调度优化 ${ctx.suffix}`;
  const need = await owner.post(
    '/needs',
    needInput({ title: needTitle, requiredSkills: ['wms-agv'] }),
  );
  if (need.status !== 201) throw new Error(`need failed: ${need.status}`);
  needId = need.body.need.id as string;
});

afterAll(async () => {
  await ctx?.close();
});

async function signedIn(page: Page, email: string) {
  await page.goto(`${ctx.platform.url}/login`);
  await signIn(page, email, PASSWORD);
  await page.waitForURL((url) => url.pathname.startsWith('/app'));
}

describe('a draw with a reserve', () => {
  it('when the drawn expert declines, then the reserve receives an invitation without anyone acting', async () => {
    const { page } = ctx;
    await signedIn(page, ownerEmail);
    await page.goto(`${ctx.platform.url}/app/needs/${needId}`);
    await page.getByRole('heading', { name: needTitle, level: 1 }).waitFor();
    await page.getByRole('button', { name: '随机抽取' }).click();
    const dialog = page.getByRole('dialog', { name: '随机抽取专家' });
    await dialog.waitFor();
    await field(page, '抽取人数').fill('1');
    await field(page, '备选人数').fill('1');
    await dialog.getByRole('checkbox', { name: '抽取后立即发出邀请' }).check();
    await dialog.getByRole('button', { name: '抽取', exact: true }).click();
    const result = dialog.getByRole('status');
    await result.getByText('邀请中').waitFor();

    const [draw] = (await owner.get(`/needs/${needId}/extraction`)).body.items as ExtractionDto[];
    const [drawnMember, reserveMember] = draw!.members;
    const drawn = experts.find((e) => e.id === drawnMember!.expertId)!;
    const reserve = experts.find((e) => e.id === reserveMember!.expertId)!;
    const members = result.getByRole('list', { name: '抽取名单' });
    await members.getByText('已邀请').waitFor();
    await members.getByText('待命').waitFor();

    const { page: reservePage, errors: reserveErrors } = await secondPage(ctx);
    await signedIn(reservePage, reserve.email);
    await openSection(reservePage, '邀请');
    await reservePage.getByRole('heading', { name: '收到的邀请', level: 1 }).waitFor();
    await reservePage.getByText('暂未收到邀请').waitFor();

    const { page: drawnPage, errors: drawnErrors } = await secondPage(ctx);
    await signedIn(drawnPage, drawn.email);
    await openSection(drawnPage, '邀请');
    const invitation = drawnPage.getByRole('article', { name: needTitle });
    // On a phone the long title wraps before the close button, and the count leaves the hint be:
    // the dialog opens at that width, so that it is measured as laid out there.
    await drawnPage.setViewportSize(PHONE_VIEWPORT);
    await invitation.getByRole('button', { name: `拒绝「${needTitle}」的邀请` }).click();
    const decline = drawnPage.getByRole('dialog', { name: `拒绝「${needTitle}」的邀请` });
    await decline.getByText('0 / 1000').waitFor();
    // Measured once it has stopped zooming in.
    await animationsSettled(drawnPage);
    // The title's text, not its box: the box spans the padding kept free for the button.
    const textRight = await decline.locator('.ant-modal-title').evaluate((title) => {
      const range = title.ownerDocument.createRange();
      range.selectNodeContents(title);
      return Math.max(
        ...Array.from(range.getClientRects(), (rect: { right: number }) => rect.right),
      );
    });
    const close = await decline.locator('.ant-modal-close').boundingBox();
    expect(textRight).toBeLessThanOrEqual(close?.x ?? 0);
    await expectApart(decline.getByText('企业会看到这条说明', { exact: false }), [
      decline.getByText('0 / 1000'),
    ]);
    await decline.getByRole('button', { name: '拒绝', exact: true }).click();
    await invitation.getByText('已拒绝').waitFor();

    // Pushed to the reserve's open inbox: nobody reloaded or invited by hand.
    const received = reservePage.getByRole('article', { name: needTitle });
    await received.getByText('待回复').waitFor();
    // And to the owner's open dialog: the trail says who replaced whom, and why.
    await result.getByText(`${reserve.name} 递补 ${drawn.name}（拒绝邀请）`).waitFor();

    // The record for the file: a PDF of this draw.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: '下载抽取记录 (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`draw-record-${draw!.id}.pdf`);
    const pdf = await readFile((await download.path()) as string);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect([...ctx.pageErrors, ...reserveErrors, ...drawnErrors]).toEqual([]);
  });
});
