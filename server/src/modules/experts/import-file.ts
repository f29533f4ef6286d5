import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS, { type CellValue } from 'exceljs';
import { UnsupportedMediaTypeError, ValidationError, detail } from '../../lib/errors';
import type { MessageKey, MessageParams } from '../../lib/i18n';
import { inspectWorkbook, type ArchiveRefusal } from './xlsx-archive';

export interface SheetRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/**
 * What one file may hold. A 20,000-row workbook of the import's 12 columns unpacks to about 15 MB
 * and costs exceljs about 1.5 s and 170 MB; past these, a small upload could cost gigabytes.
 */
const IMPORT_LIMITS = {
  /** Rows below the header, blank ones included: the numbers a spreadsheet shows. */
  rows: 20_000,
  /** Cells of every worksheet: 15 columns per row. */
  cells: 300_000,
  /** An .xlsx's parts once inflated: several times what a 10 MB CSV upload can hold. */
  inflatedBytes: 50 * 1024 * 1024,
  /** Files in an .xlsx: a workbook has a dozen or two, a few hundred with pictures. */
  parts: 1_000,
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// Text never holds control characters other than tab, newline, form feed and carriage return.
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f) return true;
  }
  return false;
}

const notSupported = () => new UnsupportedMediaTypeError({ key: 'file_unsupported' });

/** A file the import refuses, with the same words in the message and in its detail. */
function refusedFile(key: MessageKey, params?: MessageParams): ValidationError {
  return new ValidationError({
    key,
    ...(params ? { params } : {}),
    details: [detail('file', key, params)],
  });
}

/** The first worksheet of an .xlsx file or the records of a .csv file; the extension and the bytes must agree. */
export async function readSpreadsheet(buffer: Buffer, fileName: string): Promise<Sheet> {
  if (buffer.length === 0) throw refusedFile('file_empty');
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const isZip = buffer.subarray(0, 4).equals(ZIP_MAGIC);
  let records: string[][];
  if (extension === 'xlsx' && isZip) records = await readWorkbook(buffer);
  else if (extension === 'csv' && !isZip) records = readCsv(decodeText(buffer));
  else throw notSupported();
  if (records.length > IMPORT_LIMITS.rows + 1) throw tooManyRows();
  const [header = [], ...rest] = records;
  const rows = rest
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) throw refusedFile('file_no_data_rows');
  return { header, rows };
}

const count = (n: number) => n.toLocaleString('en');
const tooManyRows = () => refusedFile('file_too_many_rows', { limit: count(IMPORT_LIMITS.rows) });
const tooManyCells = () =>
  refusedFile('file_too_many_cells', { limit: count(IMPORT_LIMITS.cells) });

function refused(refusal: ArchiveRefusal): Error {
  switch (refusal) {
    case 'not-a-zip':
      return notSupported();
    case 'too-many-parts':
      return refusedFile('file_too_many_parts', { limit: count(IMPORT_LIMITS.parts) });
    case 'too-large':
      return refusedFile('file_inflates_too_much', {
        megabytes: IMPORT_LIMITS.inflatedBytes / 1024 / 1024,
        rows: count(IMPORT_LIMITS.rows),
      });
    case 'sizes-lie':
      return refusedFile('file_damaged');
    case 'too-many-rows':
      return tooManyRows();
    case 'too-many-cells':
      return tooManyCells();
  }
}

/** UTF-8 (with or without BOM); else GB18030, which Chinese Excel writes by default. */
function decodeText(buffer: Buffer): string {
  const text = buffer.subarray(0, 3).equals(UTF8_BOM)
    ? decode('utf-8', buffer.subarray(3))
    : (decode('utf-8', buffer) ?? decode('gb18030', buffer));
  if (text === undefined || looksBinary(text)) throw notSupported();
  return text;
}

function decode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function readCsv(text: string): string[][] {
  try {
    // Blank lines are kept so that later rows keep the numbers a spreadsheet shows.
    return parseCsv(text, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // Parsing stops one record past the limit: enough to refuse the file, not to hold it all.
      to: IMPORT_LIMITS.rows + 2,
    });
  } catch (err) {
    throw refusedFile('csv_unreadable', {
      reason: err instanceof Error ? err.message : String(err),
    });
  }
}

async function readWorkbook(buffer: Buffer): Promise<string[][]> {
  // exceljs inflates and models the whole file at once: refuse what would cost too much first.
  const refusal = await inspectWorkbook(buffer, {
    parts: IMPORT_LIMITS.parts,
    inflatedBytes: IMPORT_LIMITS.inflatedBytes,
    rows: IMPORT_LIMITS.rows + 1,
    cells: IMPORT_LIMITS.cells,
  });
  if (refusal) throw refused(refusal);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw notSupported();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refusedFile('file_no_worksheet');
  // Rows and cells as a spreadsheet numbers them, before anything walks them: a row's one cell in
  // column XFD makes exceljs's row.values, and eachRow, span 16,384 columns.
  const lastRow = sheet.lastRow?.number ?? 0;
  if (lastRow > IMPORT_LIMITS.rows + 1) throw tooManyRows();
  let span = 0;
  for (let number = 1; number <= lastRow; number++) span += sheet.findRow(number)?.cellCount ?? 0;
  if (span > IMPORT_LIMITS.cells) throw tooManyCells();
  const records: string[][] = [];
  sheet.eachRow((row, rowNumber) => {
    const values = row.values as CellValue[];
    records[rowNumber - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
      cellText(values[i + 1]),
    );
  });
  // Rows exceljs skipped entirely still count in the numbering.
  return Array.from(records, (cells) => cells ?? []);
}

/** The text a cell shows: rich text joined, a hyperlink's label (an email), a formula's result. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    const label = cellText(value.text as CellValue);
    return label || value.hyperlink.replace(/^mailto:/i, '');
  }
  if ('result' in value) return cellText(value.result as CellValue);
  return '';
}
