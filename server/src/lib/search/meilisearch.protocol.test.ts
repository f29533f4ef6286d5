/**
 * What the Meilisearch engine sends and how it reads the answers, against a stand-in speaking
 * Meilisearch's HTTP protocol, where failures (failed tasks, outages) are easy to arrange. Search
 * semantics (segmentation, typos, ranking) are the contract suite's, which runs against a real
 * Meilisearch in CI (`npm run test:meilisearch`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MeilisearchEngine } from './meilisearch';
import type { ExpertDoc } from './port';
import { expertDoc } from '@test/support/search-docs';

interface Received {
  method: string;
  path: string;
  body: unknown;
}

interface TaskState {
  uid: number;
  indexUid: string;
  type: string;
  status: 'succeeded' | 'failed';
  error: { code: string; message: string } | null;
}

/** A stand-in for a Meilisearch server: indexes, tasks, and canned search answers. */
class StandIn {
  readonly received: Received[] = [];
  readonly indexes = new Set<string>();
  /** the error the next document task fails with */
  failNextDocuments: { code: string; message: string } | undefined;
  searchAnswer: Record<string, unknown> = { hits: [], totalHits: 0 };
  private readonly tasks = new Map<number, TaskState>();
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  requests(method: string, pattern: RegExp): Received[] {
    return this.received.filter((r) => r.method === method && pattern.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    const method = req.method ?? 'GET';
    this.received.push({ method, path, body: text ? JSON.parse(text) : undefined });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const index = /^\/indexes\/([^/]+)(\/.*)?$/.exec(path);
    if (method === 'GET' && path === '/health') return send(200, { status: 'available' });
    if (method === 'GET' && path.startsWith('/tasks/')) {
      return send(200, this.taskView(this.tasks.get(Number(path.slice('/tasks/'.length)))!));
    }
    if (method === 'POST' && path === '/indexes') {
      const { uid } = JSON.parse(text) as { uid: string };
      this.indexes.add(uid);
      return send(202, this.enqueue(uid, 'indexCreation'));
    }
    if (!index) return send(404, { message: 'not found', code: 'not_found' });
    const [, uid, rest = ''] = index as unknown as [string, string, string?];
    if (!this.indexes.has(uid)) {
      return send(404, {
        message: `Index \`${uid}\` not found.`,
        code: 'index_not_found',
        type: 'invalid_request',
        link: 'https://docs.meilisearch.com/errors#index_not_found',
      });
    }
    if (method === 'GET' && rest === '') return send(200, { uid, primaryKey: 'id' });
    if (method === 'PATCH' && rest === '/settings')
      return send(202, this.enqueue(uid, 'settingsUpdate'));
    if (method === 'POST' && rest === '/documents') {
      const error = this.failNextDocuments;
      this.failNextDocuments = undefined;
      return send(202, this.enqueue(uid, 'documentAdditionOrUpdate', error));
    }
    if (method === 'POST' && rest === '/search') return send(200, this.searchAnswer);
    if (method === 'GET' && rest === '/stats') return send(200, { numberOfDocuments: 7 });
    return send(404, { message: 'not found', code: 'not_found' });
  }

  private enqueue(indexUid: string, type: string, error?: { code: string; message: string }) {
    const uid = this.tasks.size;
    const status = error ? 'failed' : 'succeeded';
    this.tasks.set(uid, { uid, indexUid, type, status, error: error ?? null });
    return {
      taskUid: uid,
      indexUid,
      status: 'enqueued',
      type,
      enqueuedAt: new Date().toISOString(),
    };
  }

  private taskView(task: TaskState) {
    const at = new Date().toISOString();
    return {
      ...task,
      details: {},
      duration: 'PT0.001S',
      enqueuedAt: at,
      startedAt: at,
      finishedAt: at,
    };
  }
}

function expert(id: string): ExpertDoc {
  return expertDoc({ id, name: '张伟', skills: ['tsn'], sectors: ['home-appliances'] });
}

const standIn = new StandIn();
let engine: MeilisearchEngine;

beforeAll(async () => {
  const host = await standIn.start();
  engine = new MeilisearchEngine({ host, apiKey: 'test-key', taskTimeoutMs: 5_000 });
});
afterAll(async () => {
  await standIn.stop();
});
beforeEach(() => {
  standIn.received.length = 0;
});

describe('meilisearch engine over the HTTP protocol', () => {
  it('when started on an empty server, then both indexes are created with the taxonomy in their settings', async () => {
    await engine.init();

    const created = standIn.requests('POST', /^\/indexes$/).map((r) => r.body);
    expect(created).toEqual([
      { uid: 'experts', primaryKey: 'id' },
      { uid: 'needs', primaryKey: 'id' },
    ]);
    const settings = standIn.requests('PATCH', /\/settings$/);
    expect(settings.map((r) => r.path)).toEqual([
      '/indexes/experts/settings',
      '/indexes/needs/settings',
    ]);
    const experts = settings[0]!.body as Record<string, unknown> & {
      synonyms: Record<string, string[]>;
      dictionary: string[];
      filterableAttributes: string[];
      rankingRules: string[];
    };
    // Every name of a concept finds the others, in both directions.
    expect(experts.synonyms['tsn']).toEqual(
      expect.arrayContaining(['时间敏感网络', 'time-sensitive networking', '确定性网络']),
    );
    expect(experts.synonyms['时间敏感网络']).toEqual(expect.arrayContaining(['TSN']));
    expect(experts.dictionary).toEqual(expect.arrayContaining(['时间敏感网络', '5G专网']));
    expect(experts.filterableAttributes).toEqual(
      expect.arrayContaining(['verified', 'organizationId', 'skills', 'sectors', 'pool']),
    );
    expect(experts.rankingRules.at(-1)).toBe('rating:desc');
    expect(experts).toMatchObject({ typoTolerance: { enabled: true } });
  });

  it('when started again, then existing indexes are kept and only their settings are sent', async () => {
    await engine.init();
    expect(standIn.requests('POST', /^\/indexes$/)).toEqual([]);
    expect(standIn.requests('PATCH', /\/settings$/)).toHaveLength(2);
  });

  it('when experts are written, then they go in batches of 1000 with every name of their skills and sectors', async () => {
    const docs = Array.from({ length: 2_500 }, (_, i) => expert(`e${i}`));
    await engine.upsertExperts(docs);

    const batches = standIn.requests('POST', /^\/indexes\/experts\/documents$/);
    expect(batches.map((r) => (r.body as unknown[]).length)).toEqual([1_000, 1_000, 500]);
    const first = (batches[0]!.body as Array<Record<string, unknown>>)[0]!;
    expect(first).toMatchObject({ id: 'e0', skills: ['tsn'] });
    expect(first.skillTerms).toEqual(expect.arrayContaining(['时间敏感网络', 'TSN']));
    expect(first.sectorTerms).toEqual(expect.arrayContaining(['家电']));
  });

  it('when Meilisearch fails a task, then the write rejects with its code and message', async () => {
    standIn.failNextDocuments = {
      code: 'invalid_document_id',
      message: 'Document identifier `a b` is invalid.',
    };
    await expect(engine.upsertExperts([expert('a b')])).rejects.toThrow(
      /documentAdditionOrUpdate\) failed: invalid_document_id: Document identifier/,
    );
    // The next write is unaffected.
    await engine.upsertExperts([expert('ok')]);
  });

  it('when searching with filters, then every value is quoted and escaped and pages map to Meilisearch pages', async () => {
    standIn.searchAnswer = {
      hits: [
        {
          id: 'tsn',
          _rankingScore: 0.87,
          _formatted: { name: '张伟', skillTerms: ['\ue000TSN\ue001', '工业以太网'], bio: '' },
        },
      ],
      totalHits: 41,
      facetDistribution: { pool: { qingdao: 30, shenzhen: 11 } },
    };
    const result = await engine.searchExperts({
      q: 'TSN',
      filters: {
        pool: ['qingdao', 'shenzhen'],
        verified: true,
        excludeOrganizationIds: ['org "a" \\ b'],
      },
      facets: ['pool', 'city'],
      offset: 20,
      limit: 10,
    });

    const [sent] = standIn.requests('POST', /^\/indexes\/experts\/search$/);
    expect(sent!.body).toMatchObject({
      q: 'TSN',
      filter: [
        'pool IN ["qingdao", "shenzhen"]',
        'verified = true',
        'organizationId NOT IN ["org \\"a\\" \\\\ b"]',
      ],
      facets: ['pool', 'city'],
      page: 3,
      hitsPerPage: 10,
      showRankingScore: true,
    });
    expect(result).toEqual({
      hits: [{ id: 'tsn', score: 0.87, matchedTerms: ['tsn'] }],
      total: 41,
      facets: { pool: { qingdao: 30, shenzhen: 11 }, city: {} },
    });
  });

  it('when the offset is not a multiple of the limit, then the window is read from page one and cut', async () => {
    standIn.searchAnswer = {
      hits: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
      totalHits: 5,
    };
    const result = await engine.searchExperts({ offset: 3, limit: 2 });
    const [sent] = standIn.requests('POST', /^\/indexes\/experts\/search$/);
    expect(sent!.body).toMatchObject({ q: '', page: 1, hitsPerPage: 5 });
    expect(result.hits.map((hit) => hit.id)).toEqual(['d', 'e']);
  });

  it('when a need search may see no organization at all, then nothing is asked of the server', async () => {
    const result = await engine.searchNeeds({ q: '排产', filters: { organizationIds: [] } });
    expect(result).toEqual({ hits: [], total: 0, facets: {} });
    expect(standIn.received).toEqual([]);
  });

  it('when the server answers, then health is ok with the document counts; when it is gone, then not ok', async () => {
    expect(await engine.health()).toEqual({
      ok: true,
      detail: '7 experts and 7 needs in Meilisearch',
    });
    const gone = new MeilisearchEngine({ host: 'http://127.0.0.1:9' });
    const health = await gone.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(/^Meilisearch: /);
  });
});
