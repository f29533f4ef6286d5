import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taxonomy, type ExpertDto } from '@qs/shared';
import { AuditModel } from '../../lib/audit';
import { staffClient, uniqueEmail } from '@test/support/factories';
import { TestClient, startTestPlatform, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let bureau: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  bureau = (await staffClient(platform.url, 'bureau')).client;
});
afterAll(async () => {
  await platform?.close();
});

const uniqueCity = () => `导入台${randomUUID().slice(0, 6)}`;

const csvOf = (lines: string[][]) =>
  Buffer.from(`${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`);

const HEADER = ['姓名', '单位', '城市', '专家库', '技能', '邮箱'];

/** A file of one good new row, one bad row (Beijing is no pool) and one row updating `existing`. */
function mixedFile(city: string, existingEmail: string) {
  return csvOf([
    HEADER,
    ['周新', '青岛港', city, '青岛', '边缘计算', uniqueEmail('desk')],
    ['吴错', '海尔', city, '北京', '边缘计算', uniqueEmail('desk')],
    ['老专家', '新单位', city, '青岛', '边缘计算', existingEmail],
  ]);
}

/** supertest collects an .xlsx answer as a Buffer. */
function binary(
  res: { on(event: string, listener: (chunk?: Buffer) => void): void },
  done: (err: Error | null, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunk && chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

async function post(path: string, file: Buffer, language = 'zh-CN', name = 'experts.csv') {
  const token = await bureau.csrfToken();
  const req = bureau.agent
    .post(`/api/v1${path}`)
    .set('x-csrf-token', token)
    .set('accept-language', language)
    .attach('file', file, name);
  return path.endsWith('.xlsx') ? req.buffer(true).parse(binary) : req;
}

async function importedOk(path: string, file: Buffer) {
  const res = await post(path, file);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ExcelJS.Buffer);
  return book;
}

async function expertsIn(city: string): Promise<ExpertDto[]> {
  const res = await bureau.get('/experts').query({ city, limit: 100 }).expect(200);
  return res.body.items as ExpertDto[];
}

describe('the import desk', () => {
  it('when the bureau asks for a dry run, then it sees what would be created, updated and rejected, and nothing is written', async () => {
    const city = uniqueCity();
    const existing = uniqueEmail('desk');
    await importedOk(
      '/admin/import/experts',
      csvOf([HEADER, ['老专家', '旧单位', city, '青岛', '边缘计算', existing]]),
    );
    const before = await expertsIn(city);
    const audits = await AuditModel.countDocuments({ action: 'experts.imported' });

    const res = await post('/admin/import/experts?dryRun=true', mixedFile(city, existing));

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, created: 1, updated: 1, rows: 3 });
    expect(res.body.changes).toEqual([
      { row: 2, action: 'create', name: '周新' },
      { row: 4, action: 'update', name: '老专家', fields: ['organization'] },
    ]);
    expect(res.body.rejected).toEqual([
      { row: 3, errors: [expect.objectContaining({ field: 'pool', code: 'not_one_of' })] },
    ]);
    expect(await expertsIn(city)).toEqual(before);
    expect(await AuditModel.countDocuments({ action: 'experts.imported' })).toBe(audits);
  });

  it('when the clerk does not tick "start verified", then created experts wait for review; ticked, they start verified (audited); an API client saying nothing gets api.md\'s verified', async () => {
    const city = uniqueCity();
    const file = (name: string) =>
      csvOf([HEADER, [name, '青岛港', city, '青岛', '边缘计算', uniqueEmail('desk')]]);

    const plain = await post(
      '/admin/import/experts?verified=false',
      file('待审专家'),
      'zh-CN',
      'plain.csv',
    );
    const silent = await post('/admin/import/experts', file('默认专家'), 'zh-CN', 'silent.csv');
    expect(silent.body).toMatchObject({ created: 1, verified: true });
    const ticked = await post(
      '/admin/import/experts?verified=true',
      file('认证专家'),
      'zh-CN',
      'ticked.csv',
    );

    expect(plain.body).toMatchObject({ created: 1, verified: false, dryRun: false });
    expect(ticked.body).toMatchObject({ created: 1, verified: true });
    const statuses = Object.fromEntries(
      (await expertsIn(city)).map((expert) => [expert.name, expert.verification.status]),
    );
    expect(statuses).toEqual({ 待审专家: 'pending', 认证专家: 'verified', 默认专家: 'verified' });
    const audit = async (note: string) =>
      (await AuditModel.findOne({ action: 'experts.imported', note }).lean())?.data;
    expect(await audit('plain.csv')).toMatchObject({ verified: false });
    expect(await audit('ticked.csv')).toMatchObject({ verified: true });
  });

  it('when the caller reads English, then rejections and file errors are in English; by default in Chinese', async () => {
    const city = uniqueCity();
    const file = csvOf([HEADER, ['', '海尔', city, '北京', '边缘计算', 'not-an-email']]);

    const zh = await post('/admin/import/experts?dryRun=true', file);
    const en = await post('/admin/import/experts?dryRun=true', file, 'en-US,en;q=0.9');

    const messages = (res: { body: { rejected: Array<{ errors: Array<{ message: string }> }> } }) =>
      res.body.rejected.flatMap((row) => row.errors.map((error) => error.message));
    expect(messages(zh)).toEqual(['“北京”不是 青岛/深圳/其他 之一', '无效电子邮件', '必填']);
    expect(messages(en)).toEqual([
      '"北京" is not one of qingdao, shenzhen or other',
      'Invalid email address',
      'is required',
    ]);
    const noNames = csvOf([['邮箱'], ['a@example.com']]);
    const zhError = await post('/admin/import/experts', noNames);
    const enError = await post('/admin/import/experts', noNames, 'en');
    expect(zhError.status).toBe(400);
    expect(zhError.body.error).toMatchObject({
      code: 'validation_failed',
      message: '文件首行没有姓名列（姓名 或 name）',
      details: [
        {
          path: 'name',
          code: 'missing_name_header',
          message: '文件首行没有姓名列（姓名 或 name）',
        },
      ],
    });
    expect(enError.body.error.message).toBe(
      'The file has no name column (name or 姓名) in its first row',
    );
  });

  it('when the bureau downloads the template, then it has the header, drop-downs for pool, skills, sectors and availability, and an example row that a dry run accepts', async () => {
    const res = await bureau
      .get('/admin/import/experts/template.xlsx')
      .buffer(true)
      .parse(binary)
      .expect(200);

    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = await workbook(res.body as Buffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual([
      '姓名/name',
      '职称/title',
      '单位/organization',
      '城市/city',
      '专家库/pool',
      '技能/skills',
      '行业/sectors',
      '从业年限/yearsOfExperience',
      '邮箱/email',
      '电话/phone',
      '简介/bio',
      '状态/availability',
    ]);
    const validation = (column: number, row = 2) => sheet.getCell(row, column).dataValidation;
    expect(validation(5)).toMatchObject({ type: 'list', formulae: ['"青岛,深圳,其他"'] });
    expect(validation(5, 500)).toMatchObject({ type: 'list' });
    expect(validation(12)).toMatchObject({ type: 'list', formulae: ['"可约,有限,暂不可约"'] });
    // Several skills in one cell are allowed: the list is offered, typing is never refused.
    expect(validation(6)).toMatchObject({
      type: 'list',
      formulae: [`lists!$A$1:$A$${taxonomy.skills.length}`],
    });
    expect(validation(6)?.showErrorMessage).not.toBe(true);
    expect(validation(7)).toMatchObject({
      type: 'list',
      formulae: [`lists!$B$1:$B$${taxonomy.sectors.length}`],
    });
    expect(validation(7)?.showErrorMessage).not.toBe(true);
    const lists = book.getWorksheet('lists');
    expect(lists?.state).toBe('hidden');
    const listed = (column: number) =>
      (lists?.getColumn(column).values ?? []).filter((value) => value !== undefined);
    expect(listed(1)).toEqual(taxonomy.skills.map((skill) => skill.zh));
    expect(listed(2)).toEqual(taxonomy.sectors.map((sector) => sector.zh));
    expect(String(sheet.getCell(2, 1).value)).toContain('示例');

    const dryRun = await post(
      '/admin/import/experts?dryRun=true',
      res.body as Buffer,
      'zh-CN',
      'template.xlsx',
    );
    expect(dryRun.body).toMatchObject({ rows: 1, created: 1, rejected: [] });
  });

  it('when the bureau asks for the error report, then the file comes back with a reason column on the rejected rows, and nothing is written', async () => {
    const city = uniqueCity();
    const file = mixedFile(city, uniqueEmail('desk'));

    const download = await post('/admin/import/experts/report.xlsx', file);

    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('spreadsheetml');
    const sheet = (await workbook(download.body as Buffer)).worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    const rowValues = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(rowValues(1)).toEqual([...HEADER, '未导入原因']);
    expect(rowValues(2)).toHaveLength(HEADER.length);
    expect(rowValues(3)[HEADER.length]).toBe('专家库：“北京”不是 青岛/深圳/其他 之一');
    expect(rowValues(3).slice(0, 4)).toEqual(['吴错', '海尔', city, '北京']);
    expect(await expertsIn(city)).toEqual([]);
  });

  it('when nobody is signed in, then the template is refused', async () => {
    const outsider = new TestClient(platform.url);
    expect((await outsider.get('/admin/import/experts/template.xlsx')).status).toBe(401);
  });
});

describe('exports as .xlsx', () => {
  it('when the bureau exports experts as .xlsx, then the workbook holds the import columns and the experts', async () => {
    const city = uniqueCity();
    await importedOk(
      '/admin/import/experts?verified=true',
      csvOf([HEADER, ['郑导出', '青岛港', city, '青岛', '边缘计算', uniqueEmail('desk')]]),
    );

    const res = await bureau
      .get('/admin/export/experts.xlsx')
      .buffer(true)
      .parse(binary)
      .expect(200);

    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = (await workbook(res.body as Buffer)).worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    expect((sheet.getRow(1).values as string[]).slice(1, 3)).toEqual(['姓名/name', '职称/title']);
    const names: string[] = [];
    sheet.eachRow((row) => names.push(String(row.getCell(1).value)));
    expect(names).toContain('郑导出');
  });

  it('when the bureau exports statistics, then CSV and .xlsx name pools and statuses as a clerk reads them, in the caller’s language', async () => {
    const zh = await bureau.get('/stats/export.csv').expect(200);
    const en = await bureau.get('/stats/export.csv').set('accept-language', 'en').expect(200);

    expect(zh.text).toContain('分类,项目,指标,数值');
    expect(zh.text).toMatch(/专家,专家库,青岛专家库,\d+/);
    expect(zh.text).not.toContain('qingdao');
    expect(en.text).toContain('Section,Item,Metric,Value');
    expect(en.text).toMatch(/Experts,Pool,Qingdao pool,\d+/);

    const xlsx = await bureau.get('/stats/export.xlsx').buffer(true).parse(binary).expect(200);
    const sheet = (await workbook(xlsx.body as Buffer)).worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['分类', '项目', '指标', '数值']);
    expect(rows).toContainEqual(['专家', '专家库', '青岛专家库', expect.any(Number)]);
  });
});
