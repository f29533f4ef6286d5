import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `condition` every 100 ms; true once it holds, false when `timeoutMs` has passed first. */
export async function until(
  condition: () => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(100);
  }
  return false;
}
