import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testMongoUri } from '@test/support/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/src/seed/demo-data';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), 'qs-seed-cli-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function seedDemoCommand() {
  return run('npx', ['tsx', 'scripts/seed-demo.ts'], {
    env: { ...process.env, MONGODB_URI: testMongoUri(), DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    maxBuffer: 10 * 1024 * 1024,
  });
}

describe('npm run seed:demo', () => {
  it('when run on an empty database, then it exits 0 and prints the counts and every demo account', async () => {
    const { stdout, stderr } = await seedDemoCommand();
    expect(stdout).toMatch(/organizations \d+ \(alliance members 14\d\)/);
    expect(stdout).toContain('scenario 1320');
    for (const { role, email } of DEMO_ACCOUNTS) {
      expect(stdout).toMatch(
        new RegExp(`${role}\\s+${email.replace(/\./g, '\\.')}\\s+${DEMO_PASSWORD}`),
      );
    }
    expect(stderr).toContain('seeded agreements: 38');
  }, 90_000);

  it('when run a second time, then it creates nothing', async () => {
    const { stdout } = await seedDemoCommand();
    expect(stdout).toContain('created this run: nothing (already seeded)');
  }, 90_000);
});
