import ExcelJS from 'exceljs';
import mongoose, { Types } from 'mongoose';
import type { Response } from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityLabel, OUTCOME_FILE_MAX_BYTES, taxonomy } from '@qs/shared';
import { platformWithEnterprise } from '@test/support/arranged';
import { TestClient } from '@test/support/platform';
import {
  acceptedInvitation,
  enterprise,
  expert,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';

const setup = platformWithEnterprise({ city: '深圳', admin: true });
let other: EnterpriseParty;

beforeAll(async () => {
  other = await enterprise(setup.platform.url);
});

/** A collaboration of `owner` with a new expert, its agreement signed: ready to complete. */
async function agreedCollaboration(): Promise<{ invited: ExpertParty; id: string }> {
  const invited = await expert(setup.platform.url, setup.bureau);
  const { collaborationId: id } = await acceptedInvitation(setup.owner.client, invited);
  const signed = await setup.owner.client.post(`/collaborations/${id}/agreement`, {});
  expect(signed.status, JSON.stringify(signed.body)).toBe(200);
  return { invited, id };
}

const outcome = { kind: 'diagnosis_report', summary: '完成注塑车间数字化诊断', hoursSpent: 24 };

interface Upload {
  data: Buffer;
  filename: string;
  contentType: string;
}

/** Completing as multipart: the outcome's fields and, when given, its file. */
async function completeWithFile(
  client: TestClient,
  id: string,
  file: Upload | undefined,
  fields: Record<string, string | number> = outcome,
): Promise<Response> {
  // The token first: its request may set the session cookie this one must carry.
  const token = await client.csrfToken();
  let request = client.agent
    .post(`/api/v1/collaborations/${id}/complete`)
    .set('x-csrf-token', token);
  for (const [name, value] of Object.entries(fields)) request = request.field(name, String(value));
  if (file)
    request = request.attach('file', file.data, {
      filename: file.filename,
      contentType: file.contentType,
    });
  return request;
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('工时').addRow(['阶段', '小时']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The GridFS files stored for a collaboration. */
function storedFiles(id: string) {
  return mongoose.connection
    .collection('outcomeFiles.files')
    .countDocuments({ 'metadata.collaborationId': new Types.ObjectId(id) });
}

async function statusOf(id: string): Promise<string> {
  return (await setup.owner.client.get(`/collaborations/${id}`).expect(200)).body.collaboration
    .status;
}

function download(client: TestClient, id: string) {
  return client.agent
    .get(`/api/v1/collaborations/${id}/outcome/file`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

describe('completing with an outcome', () => {
  it('when completed with JSON outcome fields, then the outcome is recorded with who and when', async () => {
    const { invited, id } = await agreedCollaboration();
    const res = await invited.client.post(`/collaborations/${id}/complete`, outcome);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.collaboration.status).toBe('completed');
    expect(res.body.collaboration.outcome).toMatchObject({
      ...outcome,
      recordedBy: invited.user.id,
    });
    expect(res.body.collaboration.outcome.file).toBeUndefined();
  });

  it('when completed without a body, as api.md has it, then it completes without an outcome', async () => {
    const { id } = await agreedCollaboration();
    const res = await setup.owner.client.post(`/collaborations/${id}/complete`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.collaboration.status).toBe('completed');
    expect(res.body.collaboration.outcome).toBeUndefined();
  });

  it('when an outcome is given in part or wrongly, then 400 names each field and nothing moves', async () => {
    const { id } = await agreedCollaboration();
    const partial = await setup.owner.client.post(`/collaborations/${id}/complete`, {
      kind: 'training',
    });
    expect(partial.status).toBe(400);
    expect(partial.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'hoursSpent',
      'summary',
    ]);
    const wrong = await setup.owner.client.post(`/collaborations/${id}/complete`, {
      ...outcome,
      kind: 'poem',
      hoursSpent: -1,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'hoursSpent',
      'kind',
    ]);
    const typedAsText = await completeWithFile(setup.owner.client, id, undefined, {
      ...outcome,
      hoursSpent: 'many',
    });
    expect(typedAsText.status).toBe(400);
    expect(typedAsText.body.error.details[0].path).toBe('hoursSpent');
    expect(await statusOf(id)).toBe('agreed');
  });

  it('when a real PDF comes named .txt and typed text/plain, then it is kept as the PDF its content shows', async () => {
    const { invited, id } = await agreedCollaboration();
    const res = await completeWithFile(invited.client, id, {
      data: PDF,
      filename: '诊断报告.txt',
      contentType: 'text/plain',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.collaboration.outcome).toMatchObject({
      ...outcome,
      file: { name: '诊断报告.pdf', size: PDF.length, contentType: 'application/pdf' },
    });
    const file = await download(setup.owner.client, id).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('诊断报告.pdf')}`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
  });

  it('when an image or a spreadsheet is attached under a wrong name and type, then each is accepted by its content', async () => {
    const uploads = [
      {
        data: PNG,
        filename: 'site.jpeg',
        contentType: 'image/jpeg',
        type: 'image/png',
        ext: 'png',
      },
      {
        data: await xlsx(),
        filename: '工时表',
        contentType: 'application/octet-stream',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ext: 'xlsx',
      },
    ];
    for (const upload of uploads) {
      const { id } = await agreedCollaboration();
      const res = await completeWithFile(setup.owner.client, id, upload);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.collaboration.outcome.file).toMatchObject({
        contentType: upload.type,
        name: `${upload.filename.replace(/\.\w+$/, '')}.${upload.ext}`,
      });
    }
  });

  it('when HTML comes named .pdf and typed application/pdf, then 400 names the file and nothing is kept', async () => {
    const { id } = await agreedCollaboration();
    const res = await completeWithFile(setup.owner.client, id, {
      data: Buffer.from('<!doctype html><script>alert(document.cookie)</script>'),
      filename: 'report.pdf',
      contentType: 'application/pdf',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual([
      {
        path: 'file',
        code: 'file_type_by_content',
        message: '按文件内容判断，不是 PDF、Office 文档或图片',
      },
    ]);
    expect(await statusOf(id)).toBe('agreed');
    expect(await storedFiles(id)).toBe(0);
  });

  it('when the file is over 20 MB, then 413 names the file and nothing is kept', async () => {
    const { id } = await agreedCollaboration();
    const big = Buffer.alloc(OUTCOME_FILE_MAX_BYTES + 1, 0x20);
    PDF.copy(big);
    const res = await completeWithFile(setup.owner.client, id, {
      data: big,
      filename: 'big.pdf',
      contentType: 'application/pdf',
    });
    expect(res.status).toBe(413);
    expect(res.body.error.details).toEqual([
      { path: 'file', code: 'file_at_most', params: { megabytes: 20 }, message: '不能超过 20 MB' },
    ]);
    expect(await statusOf(id)).toBe('agreed');
    expect(await storedFiles(id)).toBe(0);
  });

  it('when a file comes without the outcome it belongs to, then 400 names the missing fields', async () => {
    const { id } = await agreedCollaboration();
    const res = await completeWithFile(
      setup.owner.client,
      id,
      { data: PDF, filename: 'a.pdf', contentType: 'application/pdf' },
      {},
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'hoursSpent',
      'kind',
      'summary',
    ]);
    expect(await storedFiles(id)).toBe(0);
  });

  it('when the collaboration is not agreed yet, then 409 and the file is not kept', async () => {
    const invited = await expert(setup.platform.url, setup.bureau);
    const { collaborationId: id } = await acceptedInvitation(setup.owner.client, invited);
    const res = await completeWithFile(setup.owner.client, id, {
      data: PDF,
      filename: 'a.pdf',
      contentType: 'application/pdf',
    });
    expect(res.status).toBe(409);
    expect(await storedFiles(id)).toBe(0);
  });

  it('when someone outside the collaboration uploads, then it is refused and nothing is kept', async () => {
    const { id } = await agreedCollaboration();
    const stranger = await expert(setup.platform.url, setup.bureau);
    const file = { data: PDF, filename: 'a.pdf', contentType: 'application/pdf' };
    expect((await completeWithFile(other.client, id, file)).status).toBe(404);
    expect((await completeWithFile(stranger.client, id, file)).status).toBe(404);
    expect((await completeWithFile(setup.bureau, id, file)).status).toBe(403);
    const anonymous = await completeWithFile(new TestClient(setup.platform.url), id, file);
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(401);
    expect(await statusOf(id)).toBe('agreed');
    expect(await storedFiles(id)).toBe(0);
  });
});

describe('downloading the outcome’s file', () => {
  it('when each role asks, then the two sides and the bureau get it; admin 403; others 404; nobody 401', async () => {
    const { invited, id } = await agreedCollaboration();
    const completed = await completeWithFile(invited.client, id, {
      data: PDF,
      filename: 'r.pdf',
      contentType: 'application/pdf',
    });
    expect(completed.status).toBe(200);
    const stranger = await expert(setup.platform.url, setup.bureau);
    const expected: Array<[string, number]> = [
      ['the enterprise', 200],
      ['the expert', 200],
      ['the bureau', 200],
      ['an admin', 403],
      ['another organization', 404],
      ['an uninvited expert', 404],
      ['nobody signed in', 401],
    ];
    const clients: TestClient[] = [
      setup.owner.client,
      invited.client,
      setup.bureau,
      setup.admin,
      other.client,
      stranger.client,
      new TestClient(setup.platform.url),
    ];
    const got: Array<[string, number]> = [];
    for (const [index, [who]] of expected.entries())
      got.push([who, (await download(clients[index] as TestClient, id)).status]);
    expect(got).toEqual(expected);
  });

  it('when the collaboration has no file, then 404', async () => {
    const { id } = await agreedCollaboration();
    const completed = await setup.owner.client.post(`/collaborations/${id}/complete`, outcome);
    expect(completed.status).toBe(200);
    expect((await download(setup.owner.client, id)).status).toBe(404);
  });
});

describe('outcomes in the statistics', () => {
  it('when an outcome is recorded, then the overview and the CSV count it by kind, sector and city', async () => {
    const overview = async () =>
      (await setup.bureau.get('/stats/overview').expect(200)).body.outcomes;
    const before = await overview();
    const { id } = await agreedCollaboration();
    const completed = await completeWithFile(
      setup.owner.client,
      id,
      { data: PDF, filename: 'a.pdf', contentType: 'application/pdf' },
      { kind: 'training', summary: '培训 30 人', hoursSpent: 6.5 },
    );
    expect(completed.status).toBe(200);
    const after = await overview();
    const { needId } = completed.body.collaboration;
    const { sector, city } = (await setup.owner.client.get(`/needs/${needId}`).expect(200)).body
      .need;
    const plusOne = (counts: Record<string, number>, key: string) => ({
      ...counts,
      [key]: (counts[key] ?? 0) + 1,
    });
    expect(after).toEqual({
      total: before.total + 1,
      hoursSpent: before.hoursSpent + 6.5,
      withFile: before.withFile + 1,
      byKind: plusOne(before.byKind, 'training'),
      bySector: plusOne(before.bySector, sector),
      byCity: plusOne(before.byCity, city),
    });

    // Rows as a clerk reads them (section, item, metric, value), in Chinese by default.
    const rows = (await setup.bureau.get('/stats/export.csv').expect(200)).text.split('\r\n');
    const sectorName = taxonomy.sectors.find((s) => s.id === sector)?.zh;
    expect(rows).toContain(`合作成果,类型,培训,${after.byKind.training}`);
    expect(rows).toContain(`合作成果,行业,${sectorName},${after.bySector[sector]}`);
    expect(rows).toContain(`合作成果,城市,${city},${after.byCity[city]}`);
    expect(rows).toContain(`合作成果,总计,投入工时,${after.hoursSpent}`);
    const english = await setup.bureau
      .get('/stats/export.csv')
      .set('Accept-Language', 'en')
      .expect(200);
    expect(english.text.split('\r\n')).toContain(
      `Outcomes,City,${cityLabel(city, 'en')},${after.byCity[city]}`,
    );
    // Only what people typed (job titles) stays as written.
    const untranslated = english.text
      .split('\r\n')
      .filter((row) => /\p{Script=Han}/u.test(row) && !row.startsWith('Fairness by title,'));
    expect(untranslated).toEqual([]);
    expect(english.text).toContain('Fairness by title,高级工程师,Experts engaged,');
  });
});
