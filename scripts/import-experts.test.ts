import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testMongoUri } from '@test/support/db';
import { staffClient, uniqueEmail } from '@test/support/factories';
import { startTestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';

const run = promisify(execFile);
/** A problem in words no other expert's bio uses. */
const PHRASE = '毛笔笔锋总是开叉';
let dir: string;
let connection: mongoose.Connection;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'qs-import-cli-'));
  connection = await mongoose.createConnection(testMongoUri()).asPromise();
});
afterAll(async () => {
  await connection?.close();
  rmSync(dir, { recursive: true, force: true });
});

function importExperts(file: string, ...flags: string[]) {
  return run('npx', ['tsx', 'scripts/import-experts.ts', file, ...flags], {
    env: { ...process.env, MONGODB_URI: testMongoUri(), DATA_DIR: dir, LOG_LEVEL: 'silent' },
  });
}

describe('npm run import:experts', () => {
  it('when given a CSV file with --verified, then it creates verified experts and prints the summary and the rejected rows', async () => {
    const emails = [uniqueEmail('cli'), uniqueEmail('cli')];
    const file = path.join(dir, '专家.csv');
    writeFileSync(
      file,
      '\uFEFF姓名,单位,城市,专家库,技能,邮箱\r\n' +
        `马超,青岛港,青岛,青岛,边缘计算,${emails[0]}\r\n` +
        `林琳,华为,深圳,深圳,5G专网,${emails[1]}\r\n` +
        `无名,某单位,深圳,深圳,读心术,${uniqueEmail('cli')}\r\n`,
    );

    const { stdout } = await importExperts(file, '--verified');

    expect(stdout).toContain('3 rows: created 2, updated 0, unchanged 0, rejected 1');
    expect(stdout).toContain('row 4: skills: unknown skills: "读心术"');
    const stored = await connection
      .collection('experts')
      .find({ 'contact.email': { $in: emails } })
      .toArray();
    expect(stored.map((e) => e.verification.status)).toEqual(['verified', 'verified']);
  });

  it('when a platform runs beside it, then its statistics count the imported experts at the next read and it reads needs with their words within seconds', async () => {
    const platform = await startTestPlatform();
    try {
      const { client: bureau } = await staffClient(platform.url, 'bureau');
      // Two addresses, as the figures' 10-second cache keeps each address's answer: the first read
      // builds the platform's statistics, the second is computed after the import.
      const experts = async (path: string) =>
        (await bureau.get(path).expect(200)).body.experts as { total: number };
      const before = (await experts('/stats/overview?from=2000-01-01')).total;
      const file = path.join(dir, 'beside.csv');
      writeFileSync(
        file,
        '姓名,单位,城市,专家库,技能,邮箱,简介\r\n' +
          `周航,青岛港,青岛,青岛,工艺参数优化,${uniqueEmail('cli')},解决过“${PHRASE}”的问题。\r\n` +
          `吴越,华为,深圳,深圳,工艺参数优化,${uniqueEmail('cli')},长期驻厂，处理“${PHRASE}”。\r\n` +
          `郑洁,海尔,青岛,青岛,工艺参数优化,${uniqueEmail('cli')},服务过多家文具企业：“${PHRASE}”。\r\n`,
      );
      const inferred = async () =>
        (
          (await bureau.get(`/taxonomy/suggest?text=${encodeURIComponent(PHRASE)}`).expect(200))
            .body as { inferred: Array<{ skill: string }> }
        ).inferred.map((s) => s.skill);
      expect(await inferred()).toEqual([]);

      await importExperts(file, '--verified');

      expect((await experts('/stats/overview')).total).toBe(before + 3);
      // The platform loads the vocabulary the command stored at its next look (every 5 s).
      expect(
        await until(async () => (await inferred()).includes('process-optimization'), 15_000),
      ).toBe(true);
    } finally {
      await platform.close();
    }
  }, 60_000);

  it('when the file does not exist, then it exits 1 naming the file', async () => {
    const missing = path.join(dir, 'missing.csv');
    await expect(importExperts(missing)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`cannot read ${missing}`),
    });
  });
});
