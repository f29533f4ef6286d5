import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
/** English may name a record's state by its code ("The meeting is cancelled"); Chinese says it in words. */
const CODES = new Set(['status', 'role']);

describe("the server's message catalogue", () => {
  it('when a key is in one language, then it is in the other, written out and naming the same parameters', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, chinese] of Object.entries(zh)) {
      const english = en[key as keyof typeof zh];
      expect(chinese.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(chinese, key).toMatch(/[\u3400-\u9fff]/);
      expect(placeholders(chinese), key).toEqual(
        placeholders(english).filter((name) => !CODES.has(name) || chinese.includes(`{${name}}`)),
      );
    }
  });
});
