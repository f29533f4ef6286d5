import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  registeredClient,
  staffClient,
  verifiedExpert,
} from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';
import { EmbeddedSearchEngine, type ExpertDoc, type SearchQuery } from '../../lib/search';

/** The real embedded engine behind a switch that makes it fail like an unreachable remote engine. */
class OutageEngine extends EmbeddedSearchEngine {
  down = false;

  private check(): void {
    if (this.down) throw new Error('search engine unreachable');
  }

  override async upsertExperts(docs: ExpertDoc[]) {
    this.check();
    return super.upsertExperts(docs);
  }

  override async searchExperts(query: SearchQuery) {
    this.check();
    return super.searchExperts(query);
  }

  override async health() {
    return this.down ? { ok: false, detail: 'unreachable' } : super.health();
  }
}

const engine = new OutageEngine();
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({}, { search: engine });
});
afterAll(async () => {
  await platform?.close();
});

describe('search outbox', () => {
  it('when the engine is down during writes and comes back, then the index converges and no write is lost', async () => {
    const bureau = (await staffClient(platform.url, 'bureau')).client;
    const enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
    engine.down = true;

    const marker = `断网专家${Date.now()}`;
    const written = [];
    for (let i = 0; i < 5; i += 1) {
      written.push(
        (await verifiedExpert(platform.url, bureau, { name: `${marker}${i}` })).expert.id,
      );
    }

    const degraded = await enterprise
      .get(`/experts?q=${encodeURIComponent(marker)}&limit=100`)
      .expect(200);
    expect(degraded.body.total).toBe(5);
    const notReady = await request(platform.url).get('/readyz').expect(503);
    expect(notReady.body.failing).toEqual(['search']);

    engine.down = false;
    platform.search.indexer.notify();
    const indexed = () =>
      engine
        .searchExperts({ q: marker, filters: { verified: true }, limit: 10 })
        .then((r) => r.total === 5);
    expect(await until(indexed, 20_000)).toBe(true);
    const hits = await engine.searchExperts({ q: marker, limit: 10 });
    expect(hits.hits.map((h) => h.id).sort()).toEqual([...written].sort());
    await request(platform.url).get('/readyz').expect(200);
  }, 40_000);
});
