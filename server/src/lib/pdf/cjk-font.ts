import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/**
 * Noto Sans SC (SIL Open Font License 1.1) as @fontsource ships it: the Chinese Simplified subset
 * (about 8,000 glyphs with Latin letters and digits, 1.6 MB) as WOFF 1.0.
 */
const FONT_FILE = '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff';

/**
 * A WOFF 1.0 font as the plain TrueType font it wraps: each table inflated once. fontkit reads
 * WOFF itself but inflates the whole `glyf` table again on every glyph it reads, which made one
 * record take 10 s; from the plain font pdfkit lays out and subsets a page in tens of ms.
 */
export function sfntOfWoff(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const entries = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed < length ? inflateSync(stored) : stored,
    };
  });
  const directory = Buffer.alloc(12 + 16 * count);
  directory.writeUInt32BE(flavor, 0);
  directory.writeUInt16BE(count, 4);
  const power = 2 ** Math.floor(Math.log2(count));
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [directory];
  let offset = directory.length;
  entries.forEach((entry, i) => {
    const at = 12 + i * 16;
    entry.tag.copy(directory, at);
    directory.writeUInt32BE(entry.checksum, at + 4);
    directory.writeUInt32BE(offset, at + 8);
    directory.writeUInt32BE(entry.data.length, at + 12);
    const padding = Buffer.alloc((4 - (entry.data.length % 4)) % 4);
    parts.push(entry.data, padding);
    offset += entry.data.length + padding.length;
  });
  return Buffer.concat(parts);
}

let font: Promise<Buffer> | undefined;

/** The Chinese font of the platform's PDFs, read and unwrapped on first use and kept. */
export function cjkFont(): Promise<Buffer> {
  font ??= readFile(createRequire(import.meta.url).resolve(FONT_FILE))
    .then(sfntOfWoff)
    .catch((error: unknown) => {
      font = undefined;
      throw error;
    });
  return font;
}
