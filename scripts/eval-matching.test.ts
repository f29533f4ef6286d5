import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run eval:matching', () => {
  it('when run on the dev set, then it prints a per-need table and a JSON line meeting the quality goals', async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/eval-matching.ts', 'test/fixtures/matching-dev'],
      {
        env: { ...process.env, MONGODB_URI: process.env.MONGODB_URI, LOG_LEVEL: 'silent' },
        maxBuffer: 10 * 1024 * 1024,
      },
    );
    const lines = stdout.trim().split('\n');
    expect(lines.filter((line) => /^N\d{4} /.test(line))).toHaveLength(80);
    const summary = JSON.parse(lines.at(-1) as string) as {
      ndcg10: number;
      p5: number;
      needs: number;
      baseline: { ndcg10: number; p5: number };
    };
    expect(summary.needs).toBe(80);
    expect(summary.ndcg10).toBeGreaterThanOrEqual(0.95);
    expect(summary.p5).toBeGreaterThanOrEqual(0.9);
    expect(summary.ndcg10).toBeGreaterThan(summary.baseline.ndcg10);
  }, 120_000);

  it('when run on the symptoms set (needs that never name a skill), then the learned vocabulary meets its goals and prints the misses with --verbose', async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/eval-matching.ts', 'test/fixtures/matching-symptoms-dev', '--verbose'],
      {
        env: { ...process.env, MONGODB_URI: process.env.MONGODB_URI, LOG_LEVEL: 'silent' },
        maxBuffer: 10 * 1024 * 1024,
      },
    );
    const lines = stdout.trim().split('\n');
    const summary = JSON.parse(lines.at(-1) as string) as {
      ndcg10: number;
      p5: number;
      needs: number;
      baseline: { ndcg10: number; p5: number };
    };
    expect(summary.needs).toBe(120);
    expect(summary.ndcg10).toBeGreaterThanOrEqual(0.92);
    expect(summary.p5).toBeGreaterThanOrEqual(0.95);
    const misses = lines.filter((line) => /^N\d{4} {2}nDCG@10/.test(line));
    const expected = lines.filter((line) => line.startsWith('  expected: '));
    expect(expected).toHaveLength(misses.length);
  }, 180_000);

  it('when no folder is given, then it exits 1 with the usage', async () => {
    await expect(run('npx', ['tsx', 'scripts/eval-matching.ts'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('usage'),
    });
  });
});
