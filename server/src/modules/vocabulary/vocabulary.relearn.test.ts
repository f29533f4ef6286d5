import { afterAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  registeredClient,
  staffClient,
  verifiedExpert,
} from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';

/*
 * The vocabulary follows the platform's own data: it is relearned once experts change, without
 * anyone running `npm run reindex`, and a restart that finds it current does not learn it again.
 */

const PHRASE = '面团醒发时间总是拿不准';

let running: TestPlatform | undefined;
let logLines: string[] = [];
afterAll(async () => {
  await running?.close();
});

async function restart(): Promise<TestPlatform> {
  await running?.close();
  logLines = [];
  running = await startTestPlatform(
    { LOG_LEVEL: 'info' },
    {
      vocabularyRelearnMs: 200,
      logDestination: { write: (line: string) => void logLines.push(line) },
    },
  );
  return running;
}

const logged = (message: string) =>
  logLines.filter((line) => (JSON.parse(line) as { msg?: string }).msg === message).length;

describe('relearning the skill vocabulary', () => {
  it('when experts tell a new phrase, then the platform learns it on its own, and a restart with nothing changed reuses what it learned', async () => {
    let platform = await restart();
    const bureau = (await staffClient(platform.url, 'bureau')).client;
    let enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
    const inferred = async () =>
      (
        (await enterprise.get(`/taxonomy/suggest?text=${encodeURIComponent(PHRASE)}`).expect(200))
          .body as { inferred: Array<{ skill: string }> }
      ).inferred.map((s) => s.skill);
    // What the words mean may suggest something; what the platform learns is its own.
    expect(await inferred()).not.toContain('process-optimization');

    for (const [i, filler] of ['从业十年。', '服务过多家烘焙企业。', '长期驻厂。'].entries()) {
      await verifiedExpert(platform.url, bureau, {
        name: `烘焙专家${i}`,
        skills: ['process-optimization'],
        sectors: ['food-beverage'],
        bio: `${filler}解决过“${PHRASE}”的问题。`,
      });
    }
    expect(
      await until(async () => (await inferred()).includes('process-optimization'), 20_000),
    ).toBe(true);

    expect(logged('skill vocabulary relearned')).toBeGreaterThan(0);
    // Let the last relearn finish against the final head before stopping.
    await new Promise((resolve) => setTimeout(resolve, 600));
    platform = await restart();
    expect(logged('skill vocabulary loaded')).toBe(1);
    expect(logged('skill vocabulary learned')).toBe(0);
    enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
    expect(await inferred()).toContain('process-optimization');
  }, 120_000);
});
