import { randomBytes, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importFields, type ExpertDto } from '@qs/shared';
import { AuditModel } from '../../lib/audit';
import {
  enterpriseRegistration,
  expertRegistration,
  registeredClient,
  staffClient,
  uniqueEmail,
} from '@test/support/factories';
import { TestClient, startTestPlatform, type TestPlatform } from '@test/support/platform';
import { workbookParts, zipArchive, type ZipEntry } from '@test/support/zip';

let platform: TestPlatform;
let bureau: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  bureau = (await staffClient(platform.url, 'bureau')).client;
});
afterAll(async () => {
  await platform?.close();
});

const HEADER = importFields;
type Row = Partial<Record<(typeof HEADER)[number], string>>;

/** A city of the test's own, so the bureau's city filter finds exactly what the test imported. */
const uniqueCity = () => `测试市${randomUUID().slice(0, 6)}`;

function expertRow(city: string, overrides: Row = {}): Row {
  return {
    name: '张伟',
    title: '高级工程师',
    organization: '青岛智造研究院',
    city,
    pool: 'qingdao',
    skills: 'edge-computing',
    sectors: 'home-appliances',
    yearsOfExperience: '12',
    email: uniqueEmail('import'),
    phone: '',
    bio: '',
    availability: 'available',
    ...overrides,
  };
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function csv(header: readonly string[], rows: string[][]): Buffer {
  return Buffer.from([header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');
}

const csvOf = (rows: Row[]) =>
  csv(
    HEADER,
    rows.map((row) => HEADER.map((field) => row[field] ?? '')),
  );

async function upload(
  client: TestClient,
  content: Buffer,
  fileName = 'experts.csv',
  query = '',
  language = 'zh-CN',
) {
  // The token first: its request sets the session cookie the upload must carry.
  const token = await client.csrfToken();
  return client.agent
    .post(`/api/v1/admin/import/experts${query}`)
    .set('x-csrf-token', token)
    .set('accept-language', language)
    .attach('file', content, fileName);
}

/** An import expected to succeed. */
async function imported(content: Buffer, fileName?: string, query?: string) {
  const res = await upload(bureau, content, fileName, query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { created: number; updated: number; unchanged: number };
}

async function expertsIn(city: string): Promise<ExpertDto[]> {
  const res = await bureau.get(`/experts?city=${encodeURIComponent(city)}&limit=100`).expect(200);
  return res.body.items as ExpertDto[];
}

/** Node decodes GB18030 but has no encoder: build the reverse table from the decoder. */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (!codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  return Buffer.from(
    [...text].flatMap((char) => {
      const code = char.charCodeAt(0);
      const bytes = code < 0x80 ? [code] : codes.get(char);
      if (!bytes) throw new Error(`no GB18030 code for ${char}`);
      return bytes;
    }),
  );
}

function binaryParser(res: request.Response, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('POST /admin/import/experts', () => {
  it('when rows are good and bad, then the good ones are created and each bad one is reported with its spreadsheet row', async () => {
    const city = uniqueCity();
    const first = expertRow(city, { name: '王芳' });
    const rows = [
      first, // row 2
      expertRow(city, { skills: '边缘计算；量子纠缠' }), // row 3
      expertRow(city, { name: '' }), // row 4
      expertRow(city, { pool: '北京' }), // row 5
      expertRow(city, { email: 'not-an-email' }), // row 6
      expertRow(city, { email: '', phone: '' }), // row 7
      expertRow(city, { name: '王芳（重复）', email: first.email?.toUpperCase() }), // row 8
      expertRow(city, { name: '李强', email: '', phone: '13900000001' }), // row 9
    ];

    const res = await upload(bureau, csvOf(rows));

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const rejected = res.body.rejected as Array<{
      row: number;
      errors: Array<{ field: string; message: string }>;
    }>;
    expect(rejected.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(rejected[0]?.errors).toEqual([
      {
        field: 'skills',
        code: 'unknown_skills',
        params: { names: '“量子纠缠”' },
        message: '未知的技能：“量子纠缠”',
      },
    ]);
    expect(rejected[1]?.errors).toEqual([{ field: 'name', code: 'required', message: '必填' }]);
    expect(rejected[2]?.errors).toEqual([
      {
        field: 'pool',
        code: 'not_one_of',
        params: { value: '北京', options: '青岛/深圳/其他' },
        message: '“北京”不是 青岛/深圳/其他 之一',
      },
    ]);
    expect(rejected[3]?.errors).toEqual([
      {
        field: 'email',
        code: 'invalid_format',
        params: { format: 'email', origin: 'string' },
        message: '无效电子邮件',
      },
    ]);
    expect(rejected[4]?.errors).toEqual([
      { field: 'email', code: 'contact_required', message: '需要邮箱或电话以匹配专家' },
    ]);
    expect(rejected[5]?.errors).toEqual([
      { field: 'email', code: 'duplicate_of_row', params: { row: 2 }, message: '与第 2 行重复' },
    ]);
    expect((await expertsIn(city)).map((e) => e.name).sort()).toEqual(['李强', '王芳'].sort());
  });

  it('when the headers are Chinese and in another order, then names and aliases resolve to ids and unknown columns are reported once', async () => {
    const city = uniqueCity();
    const email = uniqueEmail('zh');
    const header = [
      '邮箱',
      '姓名',
      '技能',
      '行业',
      '专家库',
      '城市',
      '单位',
      '从业年限',
      '状态',
      '电话',
      '备注',
      '职称',
    ];
    const file = csv(header, [
      [
        email,
        '陈静',
        'TSN、边缘计算；Kubernetes',
        '家用电器, 化工',
        '深圳',
        city,
        '深圳智联',
        '8年',
        '忙碌',
        '13800000002',
        '老客户',
        '教授',
      ],
    ]);

    const res = await upload(bureau, file);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1, rejected: [] });
    expect(res.body.warnings).toEqual([expect.stringContaining('备注')]);
    const [expert] = await expertsIn(city);
    expect(expert).toMatchObject({
      name: '陈静',
      title: '教授',
      organization: '深圳智联',
      pool: 'shenzhen',
      skills: ['tsn', 'edge-computing', 'cloud-native'],
      sectors: ['home-appliances', 'chemicals'],
      yearsOfExperience: 8,
      availability: 'limited',
      contact: { email, phone: '13800000002' },
    });
  });

  it('when the same file is imported twice, then the second import creates and updates nothing', async () => {
    const city = uniqueCity();
    const file = csvOf([expertRow(city), expertRow(city, { email: '', phone: '13900000003' })]);

    await imported(file);
    const again = await upload(bureau, file);

    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: [] });
    expect(await expertsIn(city)).toHaveLength(2);
  });

  it('when a row changes, then only that expert is updated and blank cells keep the stored values', async () => {
    const city = uniqueCity();
    const kept = expertRow(city, { name: '赵敏' });
    const changed = expertRow(city, { name: '孙磊', bio: '十年MES实施经验' });
    await imported(csvOf([kept, changed]));

    const res = await upload(bureau, csvOf([kept, { ...changed, title: '正高级工程师', bio: '' }]));

    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const expert = (await expertsIn(city)).find((e) => e.name === '孙磊');
    expect(expert).toMatchObject({ title: '正高级工程师', bio: '十年MES实施经验' });
  });

  it('when a row has no email, then it matches the expert with its phone; another email with that phone is another expert', async () => {
    const city = uniqueCity();
    const phone = '13900000010';
    await imported(csvOf([expertRow(city, { name: '郑洁', phone })]));

    const byPhone = await imported(
      csvOf([expertRow(city, { name: '郑洁', email: '', phone, title: '研究员' })]),
    );
    const colleague = await imported(csvOf([expertRow(city, { name: '郑洁的同事', phone })]));

    expect(byPhone).toMatchObject({ created: 0, updated: 1 });
    expect(colleague).toMatchObject({ created: 1, updated: 0 });
    const titles = (await expertsIn(city)).map((e) => `${e.name}:${e.title}`).sort();
    expect(titles).toEqual(['郑洁:研究员', '郑洁的同事:高级工程师'].sort());
  });

  it('when a file has hundreds of rows, then they are created once and the same file again changes nothing', async () => {
    const city = uniqueCity();
    const file = csvOf(
      Array.from({ length: 300 }, (_, i) => expertRow(city, { name: `专家${i}` })),
    );

    expect(await imported(file)).toMatchObject({ created: 300, updated: 0 });
    expect(await imported(file)).toMatchObject({ created: 0, updated: 0, unchanged: 300 });
  });

  it('when a new expert lacks what a verified profile needs, then the row is rejected naming the fields', async () => {
    const city = uniqueCity();
    const res = await upload(bureau, csvOf([expertRow(city, { organization: '', skills: '' })]));

    expect(res.body.created).toBe(0);
    expect(res.body.rejected).toEqual([
      {
        row: 2,
        errors: [
          { field: 'organization', code: 'required_for_new', message: '新增专家时必填' },
          { field: 'skills', code: 'required_for_new', message: '新增专家时必填' },
        ],
      },
    ]);
  });

  it('when the file is an Excel workbook with rich text, hyperlinks and numbers, then it imports the text the cells show', async () => {
    const city = uniqueCity();
    const email = uniqueEmail('xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('专家');
    sheet.addRow(['姓名', '单位', '城市', '专家库', '技能', '邮箱', '电话', '从业年限']);
    sheet.addRow([
      { richText: [{ text: '周' }, { text: '杰', font: { bold: true } }] },
      '海尔卡奥斯',
      city,
      '青岛',
      '工业互联网平台',
      { text: email, hyperlink: `mailto:${email}` },
      13800000004,
      15,
    ]);
    sheet.getRow(4).values = [
      '吴昊',
      '海信',
      city,
      '青岛',
      '量子纠缠',
      uniqueEmail('xlsx'),
      '',
      '',
    ];
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const res = await upload(bureau, file, '专家名单.xlsx');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1, rejected: [{ row: 4 }] });
    const [expert] = await expertsIn(city);
    expect(expert).toMatchObject({
      name: '周杰',
      pool: 'qingdao',
      skills: ['iiot-platform'],
      yearsOfExperience: 15,
      contact: { email, phone: '13800000004' },
    });
  });

  it('when a CSV is in GB18030 without a BOM, as Chinese Excel saves it, then it is decoded', async () => {
    const city = uniqueCity();
    const email = uniqueEmail('gbk');
    const text = `姓名,单位,城市,专家库,技能,邮箱\r\n刘洋,青岛港,${city},青岛,边缘计算,${email}\r\n`;

    const res = await upload(bureau, gb18030(text));

    expect(res.body).toMatchObject({ created: 1, rejected: [] });
    expect((await expertsIn(city))[0]).toMatchObject({ name: '刘洋', organization: '青岛港' });
  });

  it('when the file is neither CSV nor XLSX, then it answers 415', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n');
    const junk = Buffer.concat([Buffer.from([0, 1, 2, 0xff, 0xfe, 0]), randomBytes(2000)]);
    const text = csvOf([expertRow(uniqueCity())]);

    for (const [content, name] of [
      [pdf, 'experts.pdf'],
      [junk, 'experts.csv'],
      [text, 'experts.xlsx'],
    ] as const) {
      const res = await upload(bureau, content, name);
      expect(res.status, name).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
    }
  });

  it('when the file is empty or has only its header, then it answers 400 naming the file', async () => {
    for (const content of [Buffer.alloc(0), csv(HEADER, []), csv(HEADER, [['', '', ''], []])]) {
      const res = await upload(bureau, content);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'file' })]);
    }
  });

  it('when no file is attached, then it answers 400 naming file', async () => {
    const res = await bureau.post('/admin/import/experts', {});
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      {
        path: 'file',
        code: 'file_required',
        message: '请以 multipart 字段 "file" 附上表格文件',
      },
    ]);
  });

  it('when the file has no name column, then it answers 400 naming the missing header', async () => {
    const res = await upload(bureau, csv(['邮箱', '单位'], [['a@example.com', '海尔']]));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual([
      { path: 'name', code: 'missing_name_header', message: expect.stringContaining('姓名') },
    ]);
  });

  it('when the file is over 10 MB, then it answers 413', async () => {
    const res = await upload(bureau, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('when the multipart body is malformed, then it answers 400 naming the file', async () => {
    const token = await bureau.csrfToken();
    const bodies: Array<[string, string]> = [
      [
        'multipart/form-data; boundary=xx',
        '--xx\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nname',
      ],
      ['multipart/form-data; boundary=xx', '--xx\r\nno header end'],
      ['multipart/form-data', 'no boundary'],
    ];
    for (const [type, body] of bodies) {
      const res = await bureau.agent
        .post('/api/v1/admin/import/experts')
        .set('x-csrf-token', token)
        .set('content-type', type)
        .send(body);
      expect(res.status, body).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'file' })]);
    }
  });

  it('when an expert or an enterprise uploads, then it answers 403 before reading the upload', async () => {
    const expert = (await registeredClient(platform.url, expertRegistration())).client;
    const enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
    const file = csvOf([expertRow(uniqueCity())]);

    for (const client of [expert, enterprise]) {
      const res = await upload(client, file);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    // Over the size limit, yet 403 rather than 413: authorization ran before multer.
    const large = await upload(expert, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expect(large.status).toBe(403);
  });

  it('when nobody is signed in, then it answers 401', async () => {
    const res = await upload(new TestClient(platform.url), csvOf([expertRow(uniqueCity())]));
    expect(res.status, JSON.stringify(res.body)).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('when the bureau imports an expert ticking "start verified", then it is verified, recorded as imported, and visible to an enterprise', async () => {
    const name = `导入专家${randomUUID().slice(0, 6)}`;
    const fileName = `人社局专家名单-${name}.csv`;
    const email = uniqueEmail('visible');
    const file = csvOf([expertRow('青岛', { name, email })]);
    const { client: enterprise } = await registeredClient(platform.url, enterpriseRegistration());

    await imported(file, fileName, '?verified=true');

    const found = await vi.waitFor(
      async () => {
        const res = await enterprise.get(`/experts?q=${encodeURIComponent(name)}`).expect(200);
        const item = (res.body.items as ExpertDto[]).find((e) => e.name === name);
        if (!item) throw new Error('not visible yet');
        return item;
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(found).toMatchObject({ name, verification: { status: 'verified' } });
    expect(found.contact).toBeUndefined();
    const staffView = await bureau.get(`/experts/${found.id}`).expect(200);
    expect(staffView.body.expert.verification.history).toEqual([
      expect.objectContaining({ decision: 'imported', note: fileName }),
    ]);
    // No API reads the audit log yet: look at it directly.
    const audit = await AuditModel.findOne({ action: 'experts.imported', note: fileName }).lean();
    expect(audit?.data).toMatchObject({ created: 1, updated: 0, rejected: 0, verified: true });
  });

  it('when the bureau imports experts whose bios tell a problem in new words, then a need in those words is read with them as soon as the import answers', async () => {
    const phrase = '藤椅编完总是松垮';
    const { client: enterprise } = await registeredClient(platform.url, enterpriseRegistration());
    const inferred = async () =>
      (
        (await enterprise.get(`/taxonomy/suggest?text=${encodeURIComponent(phrase)}`).expect(200))
          .body as { inferred: Array<{ skill: string }> }
      ).inferred.map((s) => s.skill);
    expect(await inferred()).not.toContain('process-optimization');
    const rows = ['从业十年。', '服务过多家家具企业。', '长期驻厂。'].map((filler) =>
      expertRow('青岛', {
        skills: 'process-optimization',
        sectors: 'furniture-home',
        bio: `${filler}解决过“${phrase}”的问题。`,
      }),
    );

    await imported(csvOf(rows), 'rattan.csv', '?verified=true');

    expect(await inferred()).toContain('process-optimization');
  });
});

describe('what one import may hold', () => {
  const MB = 1024 * 1024;
  const header = ['姓名', '单位', '城市', '专家库', '技能', '邮箱'];
  const row = (city: string) => ['陈静', '海尔', city, '青岛', '边缘计算', uniqueEmail('zip')];
  const sheetOf = (rows: number, cells = 1) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cells }, (_, c) => `${r}-${c}`));
  /** A workbook whose first sheet is `rows`, SpreadsheetML written by hand. */
  const withSheet = (rows: string) =>
    zipArchive(
      workbookParts([header]).map((part) =>
        part.name === 'xl/worksheets/sheet1.xml'
          ? {
              ...part,
              data: Buffer.from(
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
                  `<sheetData>${rows}</sheetData></worksheet>`,
              ),
            }
          : part,
      ),
    );

  it('when a small workbook unpacks to more than 50 MB, then it answers 400 naming the file and the limit; one within the limits imports', async () => {
    const bomb = zipArchive(workbookParts([header], 51 * MB));
    expect(bomb.length).toBeLessThan(MB);

    const res = await upload(bureau, bomb, 'bomb.xlsx');

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toContain('50 MB');
    expect(res.body.error.details).toEqual([
      expect.objectContaining({
        path: 'file',
        code: 'file_inflates_too_much',
        params: { megabytes: 50, rows: '20,000' },
      }),
    ]);
    const city = uniqueCity();
    const good = await upload(bureau, zipArchive(workbookParts([header, row(city)])), 'ok.xlsx');
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body).toMatchObject({ created: 1, rejected: [] });
    expect((await expertsIn(city))[0]).toMatchObject({ name: '陈静', organization: '海尔' });
  });

  it('when a part of a workbook unpacks to more than its header declares, then it answers 400 naming the file', async () => {
    const lying = (part: ZipEntry) =>
      part.name === 'xl/sharedStrings.xml' ? { ...part, declaredSize: 1000 } : part;
    const parts = workbookParts([header, row(uniqueCity())], 4 * MB).map(lying);

    const res = await upload(bureau, zipArchive(parts), 'lying.xlsx');

    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'file', code: 'file_damaged' }),
    ]);
  });

  it('when a workbook holds more than 1,000 files, then it answers 400 naming the limit', async () => {
    const padding = Array.from({ length: 1_000 }, (_, i) => ({
      name: `xl/padding/${i}.xml`,
      data: Buffer.alloc(0),
    }));
    const parts = [...workbookParts([header, row(uniqueCity())]), ...padding];

    const res = await upload(bureau, zipArchive(parts), 'padded.xlsx');

    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({
        path: 'file',
        code: 'file_too_many_parts',
        params: { limit: '1,000' },
      }),
    ]);
  });

  it('when a file has more than 20,000 rows below its header, then it answers 400 naming the limit; 20,000 are not refused for their number', async () => {
    const csvRows = (rows: number, line: (i: number) => string) =>
      Buffer.from(
        ['姓名,城市', ...Array.from({ length: rows }, (_, i) => line(i))].join('\r\n') + '\r\n',
      );
    const tooMany = [
      [csvRows(20_001, (i) => `专家${i},青岛`), 'experts.csv'],
      [zipArchive(workbookParts(sheetOf(20_002))), 'experts.xlsx'],
      [withSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="1048576"/>'), 'tall.xlsx'],
    ] as const;
    for (const [file, name] of tooMany) {
      const res = await upload(bureau, file, name);
      expect(res.status, name).toBe(400);
      expect(res.body.error.message).toContain('超过 20,000 行');
      expect(res.body.error.details).toEqual([
        expect.objectContaining({
          path: 'file',
          code: 'file_too_many_rows',
          params: { limit: '20,000' },
        }),
      ]);
    }
    const blank = await upload(
      bureau,
      csvRows(20_000, () => ''),
    );
    expect(blank.body.error.details).toEqual([
      expect.objectContaining({ path: 'file', code: 'file_no_data_rows' }),
    ]);
  });

  it('when a workbook has more than 300,000 cells, counting each row to its last column, then it answers 400 naming the limit', async () => {
    // Many cells, or few whose columns reach far: a row spans up to its last column.
    const farColumns = Array.from(
      { length: 20 },
      (_, i) => `<row r="${i + 2}"><c r="XFD${i + 2}"><v>1</v></c></row>`,
    ).join('');
    const files = [
      zipArchive(workbookParts(sheetOf(1_000, 301))),
      withSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>${farColumns}`),
    ];
    for (const file of files) {
      const res = await upload(bureau, file, 'wide.xlsx');
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([
        expect.objectContaining({
          path: 'file',
          code: 'file_too_many_cells',
          params: { limit: '300,000' },
        }),
      ]);
    }
  });
});

describe('GET /admin/export/experts.csv', () => {
  it('when the bureau exports, then it gets a UTF-8 CSV with BOM that re-imports without changes', async () => {
    const city = uniqueCity();
    await imported(
      csvOf([
        expertRow(city, {
          bio: '擅长"精益生产",\n以及MES',
          skills: 'MES；PLM',
          availability: '暂不可约',
        }),
        expertRow(city, { name: '=HYPERLINK("http://evil")', phone: '+86 138 0000 0005' }),
      ]),
    );

    const res = await bureau.get('/admin/export/experts.csv').buffer(true).parse(binaryParser);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="experts.csv"');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8');
    expect(text).toContain('姓名/name');
    expect(text).toContain('制造执行系统；产品生命周期管理');
    expect(text).toContain(`'=HYPERLINK`);
    expect(text.split('\r\n').length).toBeGreaterThan(3);

    const again = await upload(bureau, body, 'experts.csv');
    expect(again.body).toMatchObject({ created: 0, updated: 0, warnings: [] });
    expect(again.body.unchanged).toBeGreaterThanOrEqual(2);
    // Accounts that never filled their profile have no contact to match a row by.
    for (const row of again.body.rejected as Array<{ errors: Array<{ message: string }> }>)
      expect(row.errors).toEqual([expect.objectContaining({ code: 'contact_required' })]);
  });

  it('when an enterprise asks for the export, then it answers 403', async () => {
    const { client } = await registeredClient(platform.url, enterpriseRegistration());
    const res = await client.get('/admin/export/experts.csv');
    expect(res.status).toBe(403);
  });
});
