import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS, { type CellValue } from 'exceljs';
import { UnsupportedMediaTypeError, ValidationError } from '../../lib/errors';

export interface SheetRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

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

const notSupported = () =>
  new UnsupportedMediaTypeError({
    message: 'Upload a .csv (UTF-8 or GB18030 text) or .xlsx (Excel workbook) file',
  });

/** The first worksheet of an .xlsx file or the records of a .csv file; the extension and the bytes must agree. */
export async function readSpreadsheet(buffer: Buffer, fileName: string): Promise<Sheet> {
  if (buffer.length === 0) throw noRows('is empty');
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const isZip = buffer.subarray(0, 4).equals(ZIP_MAGIC);
  let records: string[][];
  if (extension === 'xlsx' && isZip) records = await readWorkbook(buffer);
  else if (extension === 'csv' && !isZip) records = readCsv(decodeText(buffer));
  else throw notSupported();
  const [header = [], ...rest] = records;
  const rows = rest
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) throw noRows('has a header but no data rows');
  return { header, rows };
}

function noRows(message: string): ValidationError {
  return new ValidationError({
    message: `The file ${message}`,
    details: [{ path: 'file', message }],
  });
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
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ValidationError({
      message: 'The CSV file cannot be read',
      details: [{ path: 'file', message }],
    });
  }
}

async function readWorkbook(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw notSupported();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw noRows('has no worksheet');
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
