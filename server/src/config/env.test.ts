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
  it('when production runs on MONGODB_URI without SESSION_SECRET, then it uses the secret generated in DATA_DIR and warns that processes must share one', () => {
    const dir = dataDir();
    const env = {
      NODE_ENV: 'production',
      MONGODB_URI: 'mongodb://db.example:27017/qs',
      DATA_DIR: dir,
    };

    const config = loadConfig(env);

    const generated = readFileSync(path.join(dir, 'session-secret'), 'utf8').trim();
    expect(config.sessionSecret).toBe(generated);
    expect(generated).toMatch(/^[0-9a-f]{64}$/);
    expect(config.warnings).toEqual([expect.stringMatching(/share one SESSION_SECRET/)]);
    expect(loadConfig(env).sessionSecret).toBe(generated);
  });

  it('when SESSION_SECRET is set, or the database is embedded, then nothing is worth a warning', () => {
    const dir = dataDir();
    const shared = loadConfig({
      NODE_ENV: 'production',
      MONGODB_URI: 'mongodb://db.example:27017/qs',
      SESSION_SECRET: 'one secret for every process',
      DATA_DIR: dir,
    });
    expect(shared.sessionSecret).toBe('one secret for every process');
    expect(shared.warnings).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'production', DATA_DIR: dir }).warnings).toEqual([]);
  });
});
