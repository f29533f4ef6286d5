import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

// Plural forms (`_one`, `_other`) exist per language; they share the base key.
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') entries.set(name, value);
    else for (const [k, v] of flatten(value, `${name}.`)) entries.set(k, v);
  }
  return entries;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  const zh = flatten(zhCN);
  const english = flatten(en);

  it('when a key exists in one language, then it exists in the other', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('when a text interpolates values, then both languages use the same ones', () => {
    for (const [key, text] of zh) {
      expect(variables(english.get(key) ?? ''), key).toEqual(variables(text));
    }
  });
});
