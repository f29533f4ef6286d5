import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './env';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-env-'));
  dirs.push(dir);
  return dir;
}

describe('session secret', () => {
  it('when production runs on the embedded database without SESSION_SECRET, then it generates one in DATA_DIR and keeps it', () => {
    const dir = dataDir();
    const env = { NODE_ENV: 'production', DATA_DIR: dir };

    const config = loadConfig(env);

    const generated = readFileSync(path.join(dir, 'session-secret'), 'utf8').trim();
    expect(config.sessionSecret).toBe(generated);
    expect(generated).toMatch(/^[0-9a-f]{64}$/);
    expect(loadConfig(env).sessionSecret).toBe(generated);
  });

  it('when production runs on MONGODB_URI, then SESSION_SECRET is required: processes sharing the database must share it', () => {
    const env = { NODE_ENV: 'production', MONGODB_URI: 'mongodb://db.example:27017/qs' };
    expect(() => loadConfig({ ...env, DATA_DIR: dataDir() })).toThrow(/SESSION_SECRET/);
    const shared = loadConfig({ ...env, SESSION_SECRET: 'one secret', DATA_DIR: dataDir() });
    expect(shared.sessionSecret).toBe('one secret');
  });
});
