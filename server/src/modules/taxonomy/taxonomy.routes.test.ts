import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseRegistration, registeredClient } from '../../../../test/support/factories';
import { startTestPlatform, type TestPlatform } from '../../../../test/support/platform';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);

afterAll(async () => {
  await platform?.close();
});

describe('live skill suggestions', () => {
  it('when one user asks 600 times in a minute, then the next ask answers 429 with Retry-After and another user is still served', async () => {
    const flooding = (await registeredClient(platform.url, enterpriseRegistration())).client;
    const other = (await registeredClient(platform.url, enterpriseRegistration())).client;
    // One text: the last ones read are kept, so the flood costs the model nothing here.
    const ask = (client: typeof flooding) =>
      client.get(`/taxonomy/suggest?text=${encodeURIComponent('设备经常突然停机')}`);
    for (let i = 0; i < 600; i += 50) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => ask(flooding)));
      expect(answers.map((res) => res.status)).toEqual(Array(50).fill(200));
    }
    const throttled = await ask(flooding);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect((await ask(other)).status).toBe(200);
  }, 60_000);
});
