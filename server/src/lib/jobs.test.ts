import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';
import { startJobs, type Job } from './jobs';

let platform: TestPlatform;
beforeAll(async () => {
  // Connects the database the leases live in.
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const onError = (err: unknown) => {
  throw err;
};

describe('jobs with leases', () => {
  it('when two processes run the same job on one database, then one holder runs it each time, and the other takes over once the first stops', async () => {
    const runs: string[] = [];
    const job = (holder: string): Job => ({
      name: `test.lease-${Date.now()}`,
      // Long enough that a loaded machine's slow tick does not let the lease run out.
      everyMs: 500,
      run: async () => {
        runs.push(holder);
      },
    });
    const name = job('').name;
    const first = startJobs([{ ...job('first'), name }], {
      now: () => new Date(),
      onError,
      holder: 'first',
    });
    const second = startJobs([{ ...job('second'), name }], {
      now: () => new Date(),
      onError,
      holder: 'second',
    });
    try {
      expect(await until(async () => runs.length >= 5, 10_000)).toBe(true);
      const [holder] = runs;
      expect(new Set(runs)).toEqual(new Set([holder]));

      const stopped = holder === 'first' ? first : second;
      await stopped.stop();
      const before = runs.length;
      expect(await until(async () => runs.slice(before).some((h) => h !== holder), 10_000)).toBe(
        true,
      );
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  it('when a run is still going at the next tick, then the job does not start twice', async () => {
    let active = 0;
    let overlapped = false;
    let finished = 0;
    const runner = startJobs(
      [
        {
          name: `test.slow-${Date.now()}`,
          everyMs: 10,
          run: async () => {
            active += 1;
            overlapped ||= active > 1;
            await new Promise((resolve) => setTimeout(resolve, 50));
            active -= 1;
            finished += 1;
          },
        },
      ],
      { now: () => new Date(), onError },
    );
    try {
      expect(await until(async () => finished >= 3, 10_000)).toBe(true);
    } finally {
      await runner.stop();
    }
    expect(overlapped).toBe(false);
  });
});
