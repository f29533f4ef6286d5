/**
 * The platform as a process of its own, as `server/src/main.ts` starts it, with the two knobs a
 * test needs from outside: how often jobs run (TEST_JOB_INTERVAL_MS) and a clock set ahead
 * (TEST_CLOCK_OFFSET_MS). The rest comes from the environment like in production.
 */
import { startPlatform } from '../../server/src/server';

const offset = Number(process.env.TEST_CLOCK_OFFSET_MS ?? 0);
const platform = await startPlatform({
  jobIntervalMs: Number(process.env.TEST_JOB_INTERVAL_MS ?? 60_000),
  now: () => new Date(Date.now() + offset),
});
process.once('SIGTERM', () => {
  void platform.close().then(() => process.exit(0));
});
