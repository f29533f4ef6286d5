import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, staffClient } from '../support/factories';
import {
  acceptedInvitation,
  enterprise,
  expert,
  type EnterpriseParty,
} from '../support/invitations';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  field,
  PHONE_VIEWPORT,
  signIn,
  startBrowserPlatform,
  type BrowserPlatform,
} from './browser-platform';

let ctx: BrowserPlatform;
let owner: EnterpriseParty;
let collaborationId: string;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

beforeAll(async () => {
  ctx = await startBrowserPlatform();
  const bureau = (await staffClient(ctx.platform.url, 'bureau')).client;
  owner = await enterprise(ctx.platform.url);
  const invited = await expert(ctx.platform.url, bureau);
  ({ collaborationId } = await acceptedInvitation(owner.client, invited));
  const signed = await owner.client.post(`/collaborations/${collaborationId}/agreement`, {});
  if (signed.status !== 200) throw new Error(`agreement failed: ${signed.status}`);
});

afterAll(async () => {
  await ctx?.close();
});

describe('the outcome form on completing a collaboration', () => {
  it('when the enterprise completes on a phone, then wrong and oversized files are refused in the form, and a PDF is kept and offered for download', async () => {
    const { page } = ctx;
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto(`${ctx.platform.url}/login`);
    await signIn(page, owner.user.email, PASSWORD);
    await page.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await page.goto(`${ctx.platform.url}/app/collaborations/${collaborationId}`);
    await page.getByRole('button', { name: '确认完成' }).click();
    const dialog = page.getByRole('dialog', { name: '确认合作已完成？' });
    await dialog.waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);

    // Nothing filled in: each required field says so.
    await dialog.getByRole('button', { name: '完成合作' }).click();
    await expect.poll(() => dialog.getByText('必填').count()).toBeGreaterThanOrEqual(3);

    await field(page, '成果类型').click();
    await page.locator('.ant-select-item-option', { hasText: '诊断报告' }).click();
    await field(page, '成果摘要').fill('完成冲压车间设备联网诊断，提交诊断报告与改造建议');
    await field(page, '投入工时（小时）').fill('16');
    const fileInput = dialog.locator('input[type=file]');

    // Over 20 MB: refused before anything is sent.
    await fileInput.setInputFiles(
      {
        name: '录像.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(20 * 1024 * 1024 + 1),
        // 20 MB through the DevTools protocol take a while on a busy machine.
      },
      { timeout: 90_000 },
    );
    await dialog.getByText('文件超过 20 MB，请压缩或拆分后再上传').waitFor();

    // A web page named .pdf: the server reads its content and the form shows why.
    await fileInput.setInputFiles({
      name: '报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<!doctype html><script>alert(1)</script>'),
    });
    await dialog.getByRole('button', { name: '完成合作' }).click();
    await dialog.getByText('只能上传 PDF、Office 文档或图片').waitFor();
    // axe reads colours as they are: not the hover colour of the button just clicked.
    await page.mouse.move(0, 0);
    await page.locator('.ant-modal-footer .ant-btn-loading').waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
    await expectAccessible(page);

    await fileInput.setInputFiles({
      name: '诊断报告.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await dialog.getByRole('button', { name: '完成合作' }).click();
    await dialog.waitFor({ state: 'detached' });

    const outcome = page.getByRole('heading', { name: '合作成果' });
    await outcome.waitFor();
    await page.getByText('诊断报告', { exact: true }).first().waitFor();
    await page.getByText('16 小时').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载 诊断报告\.pdf/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('诊断报告.pdf');
    await expectNoHorizontalOverflow(page);
    await page.mouse.move(0, 0);
    await expectAccessible(page);
    expect(ctx.pageErrors).toEqual([]);
  });
});
