import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, importedExpert, staffClient } from '../support/factories';
import {
  expectNoHorizontalOverflow,
  expectWhole,
  field,
  openSection,
  PHONE_VIEWPORT,
  registerInUi,
  secondPage,
  signIn,
  startBrowserPlatform,
  waitWithReload,
  type BrowserPlatform,
} from './browser-platform';

let ctx: BrowserPlatform;
/** The admin's own browser, reading the outbox while the expert claims. */
let adminPage: Page;
let adminPageErrors: string[];
let adminEmail: string;
let imported: { id: string; email: string; name: string };

beforeAll(async () => {
  // No SMTP_URL: mail goes to the outbox, which the admin reads in the client.
  ctx = await startBrowserPlatform();
  const bureau = (await staffClient(ctx.platform.url, 'bureau')).client;
  imported = await importedExpert(bureau, `陈认领${ctx.suffix.slice(0, 4)}`);
  adminEmail = (await staffClient(ctx.platform.url, 'admin')).user.email;
  ({ page: adminPage, errors: adminPageErrors } = await secondPage(ctx));
});

afterAll(async () => {
  await ctx?.close();
});

describe('claiming an imported profile with the code from the outbox', () => {
  it('when nothing was mailed yet, then the admin’s outbox says it is empty', async () => {
    await adminPage.goto(`${ctx.platform.url}/login`);
    await signIn(adminPage, adminEmail, PASSWORD);
    await adminPage.getByRole('heading', { name: /^欢迎回来/ }).waitFor();
    await openSection(adminPage, '发件箱');
    await adminPage.getByRole('heading', { name: '发件箱', level: 1 }).waitFor();
    await adminPage.getByText('发件箱是空的').waitFor();
  });

  it('when the expert asks for a code and types the one the admin reads, then the profile page shows the imported profile', async () => {
    const { page } = ctx;
    await registerInUi(page, ctx.platform.url, {
      role: 'expert',
      name: '陈新号',
      email: `claimer-${ctx.suffix}@example.com`,
      password: PASSWORD,
    });
    await openSection(page, '我的档案');
    await page.getByText('已有专家库档案？认领').waitFor();
    await field(page, '联系邮箱').fill(imported.email);
    await page.getByRole('button', { name: '发送验证码' }).click();
    await page.getByText(/验证码已发送到该邮箱/).waitFor();

    // The mail is written just after the answer: reload until it is listed.
    const subject = adminPage.getByRole('button', { name: '认领专家库档案的验证码' });
    await waitWithReload(adminPage, subject);
    await subject.click();
    const drawer = adminPage.getByRole('dialog');
    await drawer.getByText(imported.email).first().waitFor();
    const text = await drawer.getByText(/验证码：\d{6}/).textContent();
    const code = /验证码：(\d{6})/.exec(text ?? '')?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await field(page, '验证码').fill(wrong);
    await page.getByRole('button', { name: '确认认领' }).click();
    await page.getByText('验证码不正确或已失效，请重新获取。').waitFor();
    await field(page, '验证码').fill(code);
    await page.getByRole('button', { name: '确认认领' }).click();

    await page.getByText(`已认领档案：${imported.name}`).waitFor();
    await page.getByText('档案已通过审核，企业可以检索并邀请您。').waitFor();
    await expect.poll(() => field(page, '姓名').inputValue()).toBe(imported.name);
    expect(await page.getByText('已有专家库档案？认领').count()).toBe(0);
    expect(ctx.pageErrors).toEqual([]);
    expect(adminPageErrors).toEqual([]);
  });

  it('when the admin reads the outbox on a phone, then each mail is one block under its subject, nothing off to the side', async () => {
    await adminPage.keyboard.press('Escape');
    await adminPage.setViewportSize(PHONE_VIEWPORT);
    try {
      await adminPage.reload();
      const table = adminPage.getByRole('table');
      const subject = adminPage.getByRole('button', { name: '认领专家库档案的验证码' });
      await subject.waitFor();
      expect(
        (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim()),
      ).toEqual(['邮件']);
      const mail = table.getByRole('cell').filter({ has: subject });
      await mail.getByText('收件人：').waitFor();
      await mail.getByText(imported.email).waitFor();
      expect((await mail.innerText()).indexOf('认领专家库档案的验证码')).toBe(0);
      await expectWhole(subject);
      await expectNoHorizontalOverflow(adminPage);
      expect(adminPageErrors).toEqual([]);
    } finally {
      await adminPage.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
