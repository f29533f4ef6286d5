import type { Readable } from 'node:stream';
import { fromBufferPromise, type Entry } from 'yauzl';

export interface ArchiveLimits {
  /** Files in the zip. */
  parts: number;
  /** Bytes of every part together once inflated. */
  inflatedBytes: number;
  /** `<row>` elements of every worksheet. */
  rows: number;
  /** `<c>` elements of every worksheet. */
  cells: number;
}

export type ArchiveRefusal =
  'not-a-zip' | 'too-many-parts' | 'too-large' | 'sizes-lie' | 'too-many-rows' | 'too-many-cells';

/**
 * What a workbook would cost exceljs, told before it inflates and models the whole file: the
 * sizes the central directory declares, then each part inflated as a stream and dropped, stopped
 * at its first byte past its declared size, while rows and cells are counted.
 * Answers undefined for a workbook within the limits.
 */
export async function inspectWorkbook(
  buffer: Buffer,
  limits: ArchiveLimits,
): Promise<ArchiveRefusal | undefined> {
  const zip = await fromBufferPromise(buffer, { validateEntrySizes: false }).catch(() => undefined);
  if (!zip) return 'not-a-zip';
  if (zip.entryCount > limits.parts) return 'too-many-parts';
  const entries: Entry[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > limits.inflatedBytes) return 'too-large';
      entries.push(entry);
    }
  } catch {
    return 'not-a-zip';
  }
  const elements = new ElementCounter();
  for (const entry of entries) {
    elements.startPart();
    const stream = await zip.openReadStreamPromise(entry).catch(() => undefined);
    if (!stream) return 'not-a-zip';
    const refusal = await inflate(stream, entry.uncompressedSize, (chunk) => {
      elements.add(chunk);
      if (elements.rows > limits.rows) return 'too-many-rows';
      if (elements.cells > limits.cells) return 'too-many-cells';
      return undefined;
    });
    if (refusal) return refusal;
  }
  return undefined;
}

/** Reads one part to its end, or to the first refusal, and always releases the inflater. */
async function inflate(
  stream: Readable,
  declaredSize: number,
  check: (chunk: Buffer) => ArchiveRefusal | undefined,
): Promise<ArchiveRefusal | undefined> {
  let inflated = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      // The declared sizes were checked against the limit: a part never gets to exceed its own.
      if (inflated > declaredSize) return 'sizes-lie';
      const refusal = check(chunk);
      if (refusal) return refusal;
    }
    return undefined;
  } catch {
    return 'not-a-zip';
  } finally {
    stream.destroy();
  }
}

/**
 * Opening tags of the elements exceljs makes a row or a cell of: `<row` or `<c` followed by a
 * space, `>` or `/`. Prefixed names (`<x:row`) are not SpreadsheetML exceljs reads.
 */
const ROW_OR_CELL = /<(row|c)[\s/>]/g;
const LONGEST_TAG = '<row>'.length;

/** Counts rows and cells over chunks, a tag cut at a chunk's end included once. */
class ElementCounter {
  rows = 0;
  cells = 0;
  private carry = '';

  startPart(): void {
    this.carry = '';
  }

  add(chunk: Buffer): void {
    // Markup is ASCII; latin1 keeps every byte at its offset and never fails on UTF-8 text.
    const text = this.carry + chunk.toString('latin1');
    const lastOpen = text.lastIndexOf('<');
    const end = lastOpen >= 0 && text.length - lastOpen < LONGEST_TAG ? lastOpen : text.length;
    for (const match of text.slice(0, end).matchAll(ROW_OR_CELL)) {
      if (match[1] === 'row') this.rows++;
      else this.cells++;
    }
    this.carry = text.slice(end);
  }
}
