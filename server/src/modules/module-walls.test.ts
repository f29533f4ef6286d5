import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';

const modulesDir = path.dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(modulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const isModel = (value: unknown) =>
  typeof value === 'function' && value.prototype instanceof mongoose.Model;

describe('module walls', () => {
  it.each(modules)(
    'when another module imports %s, then its index offers functions and types, never a mongoose model',
    async (name) => {
      const exports = (await import(`./${name}/index.ts`)) as Record<string, unknown>;
      const models = Object.entries(exports)
        .filter(([, value]) => isModel(value))
        .map(([key]) => key);
      expect(models).toEqual([]);
    },
  );
});
