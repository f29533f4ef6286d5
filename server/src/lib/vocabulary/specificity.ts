/**
 * How specific a word is in general Chinese, from jieba's inverse document frequencies (a table
 * learned from a large general corpus, shipped in its npm package): "电费", "叉车", "受力" are
 * specific, "一次", "工人", "清楚" are not, and a run that is no word ("做一次", "出了问") is mostly
 * chance.
 * The platform's own records are too few and too repetitive to tell these apart: every piece of a
 * phrase that only one skill's experts use looks equally telling there.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

// The package's own tables, read by path: its `dict` entry is CommonJS without an ESM export.
const IDF_FILE = '@node-rs/jieba/idf.txt';
/**
 * jieba's dictionary: the idf table also holds runs its segmenter cut out of running text ("间里"
 * of "车间里", "哪一"), rare and so seemingly specific; only a dictionary word is a word.
 */
const DICT_FILE = '@node-rs/jieba/dict.txt';

/** Words this common (idf below LOW) say nothing of a skill; from HIGH on they count fully. */
const LOW = 4.5;
const HIGH = 9;

/**
 * A run that is no word counts little: alone it is chance, but the runs of a whole phrase the
 * records use for one skill still add up.
 */
const NO_WORD = 0.2;

let table: Map<string, number> | undefined;

const pathOf = (file: string) => createRequire(import.meta.url).resolve(file);

/** Calls `emit` with each line's first field (up to 3 characters) and the rest of the line. */
function eachShortEntry(text: string, emit: (word: string, rest: string) => void): void {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end && space - start <= 3) {
      emit(text.slice(start, space), text.slice(space + 1, end));
    }
    start = end + 1;
  }
}

function parse(dict: string, idf: string): Map<string, number> {
  const words = new Set<string>();
  eachShortEntry(dict, (word) => words.add(word));
  const out = new Map<string, number>();
  eachShortEntry(idf, (word, value) => {
    if (words.has(word)) out.set(word, Number(value));
  });
  return out;
}

/**
 * Reads the table ahead of use (about 0.4 s and 25 MB): the platform does it while it starts, so
 * that no request waits for it. Whatever infers before (a script, a test) reads it on first use.
 */
export async function loadSpecificity(): Promise<void> {
  if (table) return;
  const [dict, idf] = await Promise.all([
    readFile(pathOf(DICT_FILE), 'utf8'),
    readFile(pathOf(IDF_FILE), 'utf8'),
  ]);
  table ??= parse(dict, idf);
}

/** 0..1 for a Chinese word or run; 1 for a Latin word. */
export function specificity(word: string): number {
  if (word.charCodeAt(0) < 0x3400) return 1;
  table ??= parse(readFileSync(pathOf(DICT_FILE), 'utf8'), readFileSync(pathOf(IDF_FILE), 'utf8'));
  const value = table.get(word);
  if (value === undefined) return NO_WORD;
  return Math.max(0, Math.min(1, (value - LOW) / (HIGH - LOW)));
}
