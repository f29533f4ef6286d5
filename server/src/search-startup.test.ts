import { afterAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  needInput,
  registeredClient,
  staffClient,
  verifiedExpert,
} from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';
import { EmbeddedSearchEngine } from './lib/search';
import { createLogger } from './lib/logger';
import { ExpertIndexer } from './modules/experts';

/** The embedded engine standing in for one whose indexes outlive the process, like Meilisearch. */
class KeptEngine extends EmbeddedSearchEngine {
  override readonly persistent = true;
}

let running: TestPlatform | undefined;
afterAll(async () => {
  await running?.close();
});

describe('search indexes at start and after writes', () => {
  it('when a kept index is found empty at start, then every expert and need is queued and the index fills', async () => {
    const marker = `重启专家${Date.now()}`;
    const kept = new KeptEngine();
    running = await startTestPlatform();
    const bureau = (await staffClient(running.url, 'bureau')).client;
    const { expert } = await verifiedExpert(running.url, bureau, { name: marker });
    const expertId = expert.id;
    const enterprise = (await registeredClient(running.url, enterpriseRegistration())).client;
    const need = await enterprise.post('/needs', needInput({ title: `${marker}的设备联网需求` }));
    expect(need.status).toBe(201);
    const needId = need.body.need.id;
    const expertUpdatedAt = (await bureau.get(`/experts/${expertId}`).expect(200)).body.expert
      .updatedAt;
    // Both are indexed by this platform, so their outbox marks are cleared.
    await running.search.indexer.drain();
    await running.search.needIndexer.drain();
    await running.close();

    running = await startTestPlatform({}, { search: kept });
    const found = async () => {
      const [experts, needs] = await Promise.all([
        kept.searchExperts({ q: marker, limit: 10 }),
        kept.searchNeeds({ q: marker, limit: 10 }),
      ]);
      return experts.hits[0]?.id === expertId && needs.hits[0]?.id === needId;
    };
    expect(await until(found, 10_000)).toBe(true);
    // Queueing is not an edit: the profile keeps its update time.
    const bureauAgain = (await staffClient(running.url, 'bureau')).client;
    const reread = await bureauAgain.get(`/experts/${expertId}`).expect(200);
    expect(reread.body.expert.updatedAt).toBe(expertUpdatedAt);
  }, 60_000);

  it('when an expert is written, then the indexer wakes at once instead of at its next poll', async () => {
    // A platform of its own: this case needs nothing the one above left behind.
    await running?.close();
    const engine = new KeptEngine();
    const platform = await startTestPlatform({}, { search: engine });
    running = platform;
    await platform.search.indexer.stop();
    // An idle poll far longer than the wait below: only the write's wake-up can index in time.
    const slow = new ExpertIndexer(engine, createLogger('silent'), { idleMs: 120_000 });
    slow.start();
    try {
      const bureau = (await staffClient(platform.url, 'bureau')).client;
      const renamed = `唤醒专家${Date.now()}`;
      const { expert } = await verifiedExpert(platform.url, bureau, { name: renamed });
      const indexed = async () =>
        (await engine.searchExperts({ q: renamed, limit: 10 })).hits.some(
          (hit) => hit.id === expert.id,
        );
      expect(await until(indexed, 10_000)).toBe(true);
    } finally {
      await slow.stop();
    }
  }, 60_000);
});
