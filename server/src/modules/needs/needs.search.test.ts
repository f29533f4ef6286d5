import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  expertRegistration,
  needInput,
  registeredClient,
  staffClient,
} from '@test/support/factories';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';
import { EmbeddedSearchEngine, type NeedDoc, type NeedSearchQuery } from '../../lib/search';

/** The real embedded engine behind a switch that makes need searches fail like a remote outage. */
class OutageEngine extends EmbeddedSearchEngine {
  down = false;
  /** While set, indexing waits for it: writes stay pending in the database. */
  held: Promise<void> | undefined;

  override async searchNeeds(query: NeedSearchQuery) {
    if (this.down) throw new Error('search engine unreachable');
    return super.searchNeeds(query);
  }

  override async upsertNeeds(docs: NeedDoc[]) {
    await this.held;
    return super.upsertNeeds(docs);
  }
}

const engine = new OutageEngine();
let platform: TestPlatform;
let owner: TestClient;
let other: TestClient;
let expert: TestClient;
let bureau: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform({}, { search: engine });
  owner = (await registeredClient(platform.url, enterpriseRegistration())).client;
  other = (await registeredClient(platform.url, enterpriseRegistration())).client;
  expert = (await registeredClient(platform.url, expertRegistration())).client;
  bureau = (await staffClient(platform.url, 'bureau')).client;
});
afterAll(async () => {
  await platform?.close();
});

async function postScenario(body: Record<string, unknown>): Promise<string> {
  const res = await owner.post('/needs', needInput({ kind: 'scenario', city: '深圳', ...body }));
  expect(res.status).toBe(201);
  return (res.body.need as { id: string }).id;
}

async function listed(client: TestClient, path: string, q: string): Promise<string[]> {
  const res = await client.get(`${path}?q=${encodeURIComponent(q)}&limit=100`).expect(200);
  return (res.body.items as Array<{ id: string }>).map((need) => need.id);
}

const catalogue = (q: string) => listed(expert, '/needs/catalogue', q);

describe('scenario search in the catalogue', () => {
  it('when a scenario need is indexed, then it is found by a Chinese term, an alias and a misspelt English word', async () => {
    const id = await postScenario({
      title: '港口无人集卡调度场景',
      description: '自动化码头部署时间敏感网络，实现集卡车队 dispatching 与远程监控。',
      sector: 'port-shipping',
      requiredSkills: ['5g-private-network'],
    });
    await platform.search.needIndexer.drain();

    expect(await catalogue('无人集卡')).toContain(id);
    // Neither word is in the text as typed: only the engine's taxonomy and typo tolerance find it.
    expect(await catalogue('TSN')).toContain(id);
    expect(await catalogue('dispatchng ')).toContain(id);
  });

  it('when a need is edited, then it is found by its new title once indexed', async () => {
    const id = await postScenario({ title: '注塑车间能耗监测场景', sector: 'home-appliances' });
    await platform.search.needIndexer.drain();

    const edited = await owner.patch(`/needs/${id}`, { title: '冷库管理与温控追溯场景' });
    expect(edited.status).toBe(200);
    await platform.search.needIndexer.drain();

    expect(await catalogue('cold chain')).toContain(id);
    expect(await catalogue('温控追溯')).toContain(id);
    expect(await catalogue('能耗监测')).not.toContain(id);
  });

  it('when a need is closed, then it stays in the catalogue as closed and leaves its open scenarios; its owner still finds it among their needs', async () => {
    const id = await postScenario({
      title: '轮胎密炼工艺参数优化场景',
      description: '希望通过先进过程控制提升密炼良率。',
      sector: 'rubber-tires',
    });
    await platform.search.needIndexer.drain();
    expect(await catalogue('APC')).toContain(id);

    expect((await owner.post(`/needs/${id}/close`)).status).toBe(200);
    await platform.search.needIndexer.drain();

    expect(await catalogue('APC')).toContain(id);
    const open = async (q: string) =>
      (
        (
          await expert
            .get(`/needs/catalogue?status=open&q=${encodeURIComponent(q)}&limit=100`)
            .expect(200)
        ).body.items as Array<{ id: string }>
      ).map((need) => need.id);
    expect(await open('APC')).not.toContain(id);
    expect(await open('密炼')).not.toContain(id);
    expect(await listed(owner, '/needs', 'APC')).toContain(id);
    expect(await listed(bureau, '/needs', 'APC')).toContain(id);
    expect(await listed(other, '/needs', 'APC')).not.toContain(id);
    expect(await listed(expert, '/needs', 'APC')).toEqual([]);
  });

  it('when a posted need is not indexed yet, then the catalogue still finds it by its text', async () => {
    let release: () => void = () => undefined;
    engine.held = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      const id = await postScenario({ title: '光伏组件隐裂检测场景', sector: 'new-energy' });
      // The index cannot hold it yet: only the database can answer.
      expect(await engine.searchNeeds({ q: '隐裂检测' })).toMatchObject({ total: 0 });
      expect(await catalogue('隐裂检测')).toContain(id);
    } finally {
      engine.held = undefined;
      release();
    }
  });

  it('when the search engine fails, then the catalogue answers from the database', async () => {
    const id = await postScenario({
      title: '船坞分段焊接机器人场景',
      description: '引入协作机器人完成分段焊接。',
      sector: 'shipbuilding-offshore',
    });
    await platform.search.needIndexer.drain();
    engine.down = true;
    try {
      expect(await catalogue('分段焊接')).toContain(id);
      // The database matches the text as typed: no taxonomy aliases without the engine.
      expect(await catalogue('cobot')).not.toContain(id);
    } finally {
      engine.down = false;
    }
    expect(await catalogue('cobot')).toContain(id);
  });
});
