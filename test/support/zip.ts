import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size the headers claim, when they should lie about it. */
  declaredSize?: number;
}

/**
 * A deflated zip archive written byte by byte, so that tests can make what no zip library makes:
 * archives whose headers lie about their sizes.
 */
export function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data);
    const fields = {
      crc: crc32(entry.data),
      compressedSize: compressed.length,
      size: entry.declaredSize ?? entry.data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeCommon(central, 6, fields, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The fields local and central headers share, from "version needed" to the name's length. */
function writeCommon(
  header: Buffer,
  at: number,
  fields: { crc: number; compressedSize: number; size: number },
  nameLength: number,
): void {
  header.writeUInt16LE(20, at); // version needed
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(0, at + 6); // time
  header.writeUInt16LE(0x21, at + 8); // 1980-01-01
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressedSize, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A spreadsheet column's letters: A…Z, AA… */
function columnName(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : columnName(Math.floor(index / 26) - 1) + letter;
}

/**
 * The parts of a minimal .xlsx whose first sheet holds `rows` as shared strings; with `filler`, the
 * first row ends with one more string of that many bytes: a decompression bomb when it is large.
 */
export function workbookParts(rows: string[][], filler = 0): ZipEntry[] {
  const strings: Buffer[] = [];
  let count = 0;
  const cell = (row: number, column: number, xml: Buffer[]) => {
    strings.push(...xml);
    return `<c r="${columnName(column)}${row + 1}" t="s"><v>${count++}</v></c>`;
  };
  const sheetRows = rows.map((cells, r) => {
    const refs = cells.map((text, c) => cell(r, c, [Buffer.from(`<si><t>${text}</t></si>`)]));
    if (r === 0 && filler > 0) {
      const bomb = [Buffer.from('<si><t>'), Buffer.alloc(filler, 'a'), Buffer.from('</t></si>')];
      refs.push(cell(r, cells.length, bomb));
    }
    return `<row r="${r + 1}">${refs.join('')}</row>`;
  });
  const part = (name: string, text: string): ZipEntry => ({
    name,
    data: Buffer.from(XML + text),
  });
  return [
    part(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
        `</Types>`,
    ),
    part(
      '_rels/.rels',
      `<Relationships xmlns="${RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/>` +
        `</Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}">` +
        `<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${OFFICE}/sharedStrings" Target="sharedStrings.xml"/>` +
        `</Relationships>`,
    ),
    part(
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${MAIN}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
    ),
    {
      name: 'xl/sharedStrings.xml',
      data: Buffer.concat([
        Buffer.from(`${XML}<sst xmlns="${MAIN}" count="${count}" uniqueCount="${count}">`),
        ...strings,
        Buffer.from('</sst>'),
      ]),
    },
  ];
}
