import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { taxonomy, type ImportSummary } from '@qs/shared';
import type { Lang } from '../../lib/i18n';
import { ExpertModel, type ExpertRecord } from './expert.model';
import { cellOf } from './experts.export';
import {
  exportHeader,
  fieldLabel,
  importFields,
  reasonColumn,
  verificationHeader,
  verificationLabel,
  type ImportField,
} from './import-columns';
import type { Sheet } from './import-file';

/** Rows of the template that offer the drop-downs: more than a clerk types in one sitting. */
const TEMPLATE_ROWS = 1000;
const LISTS_SHEET = 'lists';

const column = (field: ImportField) => importFields.indexOf(field) + 1;

const choices: Record<Lang, { pool: string[]; availability: string[] }> = {
  zh: { pool: ['青岛', '深圳', '其他'], availability: ['可约', '有限', '暂不可约'] },
  en: {
    pool: ['qingdao', 'shenzhen', 'other'],
    availability: ['available', 'limited', 'unavailable'],
  },
};

const templateTexts = {
  zh: {
    sheet: '专家',
    several: '可填多项，用“；”分隔',
    severalTitle: '技能/行业',
    example: {
      name: '张伟（示例，导入前请删除此行）',
      title: '高级工程师',
      organization: '青岛智造研究院',
      city: '青岛',
      bio: '长期从事边缘计算与设备联网研究',
    },
  },
  en: {
    sheet: 'Experts',
    several: 'Several allowed, separated by ";"',
    severalTitle: 'Skills / sectors',
    example: {
      name: 'Zhang Wei (example: delete this row before importing)',
      title: 'Senior engineer',
      organization: 'Qingdao Smart Manufacturing Institute',
      city: 'Qingdao',
      bio: 'Edge computing and machine connectivity',
    },
  },
} as const;

const quotedList = (values: string[]) => `"${values.join(',')}"`;

/**
 * The workbook a clerk fills in: the header the import reads, drop-downs for pool, skills,
 * sectors and availability (skills and sectors also take several, typed with "；"), and an
 * example row. The lists live on a hidden second sheet, which the import never reads.
 */
export async function importTemplate(lang: Lang): Promise<Buffer> {
  const texts = templateTexts[lang];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(texts.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const skills = taxonomy.skills.map((skill) => skill[lang]);
  const sectors = taxonomy.sectors.map((sector) => sector[lang]);
  lists.getColumn(1).values = skills;
  lists.getColumn(2).values = sectors;

  sheet.columns = importFields.map((field) => ({
    header: exportHeader(field),
    width: field === 'bio' ? 40 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  const [firstSkill, secondSkill] = skills;
  const example: Record<ImportField, string | number> = {
    ...texts.example,
    pool: choices[lang].pool[0] ?? '',
    skills: [firstSkill, secondSkill].join(lang === 'zh' ? '；' : ';'),
    sectors: sectors[0] ?? '',
    yearsOfExperience: 12,
    email: 'zhangwei@example.com',
    phone: '13800000000',
    availability: choices[lang].availability[0] ?? '',
  };
  const exampleRow = sheet.addRow(importFields.map((field) => example[field]));
  exampleRow.font = { italic: true, color: { argb: 'FF595959' } };

  const strictList = (values: string[]): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [quotedList(values)],
    showErrorMessage: true,
  });
  // Several terms in one cell are not an item of the list: offer it, never refuse what is typed.
  const openList = (range: string): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showErrorMessage: false,
    showInputMessage: true,
    promptTitle: texts.severalTitle,
    prompt: texts.several,
  });
  const validations: Array<[ImportField, ExcelJS.DataValidation]> = [
    ['pool', strictList(choices[lang].pool)],
    ['availability', strictList(choices[lang].availability)],
    ['skills', openList(`${LISTS_SHEET}!$A$1:$A$${skills.length}`)],
    ['sectors', openList(`${LISTS_SHEET}!$B$1:$B$${sectors.length}`)],
  ];
  for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
    for (const [field, validation] of validations)
      sheet.getCell(row, column(field)).dataValidation = validation;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const REJECTED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFDE2E1' },
};

/**
 * The uploaded file back, row for row at the numbers it had, with a last column saying why each
 * rejected row would not be imported (the import ignores that column when the file comes back).
 */
export async function importErrorReport(
  sheet: Sheet,
  summary: ImportSummary,
  lang: Lang,
): Promise<Buffer> {
  const reasons = new Map(
    summary.rejected.map(({ row, errors }) => [
      row,
      errors
        .map((error) => `${fieldLabel(error.field, lang)}：${error.message}`)
        .join(lang === 'zh' ? '；' : '; '),
    ]),
  );
  const workbook = new ExcelJS.Workbook();
  const out = workbook.addWorksheet(templateTexts[lang].sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const reasonIndex = sheet.header.length + 1;
  const header = out.getRow(1);
  header.values = [...sheet.header, reasonColumn[lang]];
  header.font = { bold: true };
  out.getColumn(reasonIndex).width = 60;
  for (const { row, cells } of sheet.rows) {
    const reason = reasons.get(row);
    const line = out.getRow(row);
    line.values = cells;
    if (reason === undefined) continue;
    const cell = line.getCell(reasonIndex);
    cell.value = reason;
    cell.fill = REJECTED_FILL;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every expert as a workbook streamed to `output`, in the columns the import reads. */
export async function exportExpertsXlsx(output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output });
  const sheet = workbook.addWorksheet(templateTexts.zh.sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [...importFields.map(exportHeader), verificationHeader].map((header) => ({
    header,
    width: 18,
  }));
  const cursor = ExpertModel.find()
    .sort({ _id: 1 })
    .lean<ExpertRecord[]>()
    .cursor({ batchSize: 500 });
  for await (const expert of cursor) {
    sheet
      .addRow([
        ...importFields.map((field) => cellOf[field](expert)),
        verificationLabel(expert.verification.status),
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
