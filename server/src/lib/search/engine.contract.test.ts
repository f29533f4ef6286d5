/**
 * One contract for every search engine. The embedded engine always runs; Meilisearch runs
 * when MEILI_URL points at a server or the run has one (`npm run test:meilisearch`, as CI does);
 * each run uses its own indexes and deletes them afterwards.
 */
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { EmbeddedSearchEngine } from './embedded';
import { MeilisearchEngine, needFilterExpression } from './meilisearch';
import { expertDoc as expert } from '@test/support/search-docs';
import type { ExpertDoc, NeedDoc, NeedSearchQuery, SearchEngine, SearchQuery } from './port';

interface EngineCase {
  name: string;
  make(): SearchEngine;
  cleanup(): Promise<void>;
}

function meilisearchCase(host: string, apiKey: string | undefined): EngineCase {
  const run = `${process.pid}_${Date.now()}`;
  const indexUid = `experts_contract_${run}`;
  const needsIndexUid = `needs_contract_${run}`;
  return {
    name: 'meilisearch',
    make: () => new MeilisearchEngine({ host, apiKey, indexUid, needsIndexUid }),
    cleanup: async () => {
      const client = new Meilisearch({ host, apiKey });
      await client.deleteIndexIfExists(indexUid);
      await client.deleteIndexIfExists(needsIndexUid);
    },
  };
}

const meiliUrl = inject('meiliUrl') || process.env.MEILI_URL;
const engines: EngineCase[] = [
  { name: 'embedded', make: () => new EmbeddedSearchEngine(), cleanup: async () => undefined },
  ...(meiliUrl
    ? [meilisearchCase(meiliUrl, inject('meiliKey') || process.env.MEILI_MASTER_KEY)]
    : []),
];

/** A small, hand-made pool: each expert stands for one case of the contract. */
function pool(): ExpertDoc[] {
  return [
    expert({
      id: 'tsn',
      name: '张伟',
      organizationId: 'org-a',
      skills: ['tsn', 'industrial-ethernet'],
      sectors: ['home-appliances'],
      rating: 4.8,
      bio: '长期从事时间敏感网络与工业以太网研究，为家电企业建设示范产线。',
    }),
    expert({
      id: 'edge',
      name: 'Li Na',
      organizationId: 'org-b',
      city: '深圳',
      pool: 'shenzhen',
      skills: ['edge-computing', 'iiot-sensing'],
      sectors: ['automotive'],
      rating: 4.5,
      bio: 'Research on edge computing and industrial IoT gateways for automotive plants.',
    }),
    expert({
      id: 'vision',
      name: '王强',
      organizationId: 'org-b',
      city: '深圳',
      pool: 'shenzhen',
      availability: 'limited',
      skills: ['machine-vision', 'industrial-ai'],
      sectors: ['electronics'],
      rating: 4.1,
      bio: '负责消费电子产品的缺陷检测系统与深度学习模型。',
    }),
    expert({
      id: 'maintenance',
      name: '陈静',
      organizationId: 'org-c',
      availability: 'unavailable',
      skills: ['predictive-maintenance'],
      sectors: ['rail-transit'],
      rating: 3.9,
      bio: '为轨道交通装备企业提供故障诊断与振动分析服务。',
    }),
    expert({
      id: 'mes',
      name: '刘洋',
      city: '济南',
      pool: 'other',
      verified: false,
      skills: ['mes', 'erp'],
      sectors: ['textiles-apparel'],
      rating: 3.5,
      bio: '实施车间管理系统与企业资源计划集成项目十余个。',
    }),
    expert({
      id: 'twin',
      name: '赵敏',
      organizationId: 'org-a',
      skills: ['digital-twin', 'simulation'],
      sectors: ['shipbuilding-offshore'],
      rating: 4.3,
      bio: '船厂孪生工厂与三维仿真。',
    }),
    expert({
      id: 'port',
      name: '孙磊',
      organizationId: 'org-c',
      skills: ['edge-computing', '5g-private-network'],
      sectors: ['port-shipping'],
      rating: 4.0,
      bio: '港口自动化码头的边缘云与5G专网建设。',
    }),
  ];
}

const ALL_IDS = ['tsn', 'edge', 'vision', 'maintenance', 'mes', 'twin', 'port'];

const T0 = 1_700_000_000_000;

function need(overrides: Partial<NeedDoc> & Pick<NeedDoc, 'id'>): NeedDoc {
  return {
    title: '应用场景',
    description: '',
    kind: 'scenario',
    sector: 'machinery',
    skills: [],
    city: '青岛',
    status: 'open',
    organizationId: 'org-a',
    updatedAt: T0,
    ...overrides,
  };
}

/** Needs as the catalogue and the need lists hold them; updated most recently first. */
function needPool(): NeedDoc[] {
  return [
    need({
      id: 'agv',
      title: '港口无人集卡调度',
      description: '自动化码头的无人集卡车队调度，需要5G专网与边缘计算支持。',
      sector: 'port-shipping',
      skills: ['5g-private-network', 'edge-computing'],
      release: 'sz-2021',
      updatedAt: T0 + 6,
    }),
    need({
      id: 'tsn',
      title: '总装线网络改造',
      description: '总装线引入时间敏感网络，打通设备数据采集。',
      sector: 'home-appliances',
      skills: ['tsn', 'iiot-sensing'],
      city: '深圳',
      organizationId: 'org-b',
      release: 'sz-2021',
      updatedAt: T0 + 5,
    }),
    need({
      id: 'tires',
      title: 'Tire defect inspection on the curing line',
      description: 'A vision system for the surface of green tires.',
      sector: 'rubber-tires',
      skills: ['machine-vision'],
      organizationId: 'org-c',
      release: 'sz-2022',
      updatedAt: T0 + 4,
    }),
    need({
      id: 'diagnosis',
      kind: 'diagnosis',
      title: '纺织企业数字化转型诊断',
      description: '评估车间管理系统与企业资源计划的现状。',
      sector: 'textiles-apparel',
      skills: ['dx-diagnosis', 'mes'],
      updatedAt: T0 + 3,
    }),
    need({
      id: 'rail',
      status: 'closed',
      title: '转向架振动监测',
      description: '动车组转向架的故障预测。',
      sector: 'rail-transit',
      skills: ['predictive-maintenance'],
      organizationId: 'org-b',
      release: 'sz-2021',
      updatedAt: T0 + 2,
    }),
    need({
      id: 'training',
      kind: 'training',
      status: 'in_progress',
      title: '数字孪生工程师培训',
      description: '面向船厂的三维仿真培训课程。',
      sector: 'shipbuilding-offshore',
      skills: ['digital-twin'],
      organizationId: 'org-c',
      updatedAt: T0 + 1,
    }),
  ];
}

const ALL_NEED_IDS = ['agv', 'tsn', 'tires', 'diagnosis', 'rail', 'training'];

describe.each(engines)('$name search engine', ({ make, cleanup }) => {
  let engine: SearchEngine;

  const ids = async (query: SearchQuery): Promise<string[]> =>
    (await engine.searchExperts({ limit: 100, ...query })).hits.map((hit) => hit.id);

  beforeAll(async () => {
    engine = make();
    await engine.init();
  });

  beforeEach(async () => {
    await engine.clear('experts');
    await engine.upsertExperts(pool());
  });

  afterAll(async () => {
    await engine.close();
    await cleanup();
  });

  describe('filters', () => {
    it('when filtering by several skills, then experts with any of them are returned', async () => {
      expect((await ids({ filters: { skills: ['tsn', 'mes'] } })).sort()).toEqual(['mes', 'tsn']);
    });

    it('when filtering by pool, then only that pool is returned', async () => {
      expect((await ids({ filters: { pool: ['shenzhen'] } })).sort()).toEqual(['edge', 'vision']);
    });

    it('when filtering by city, then only that city is returned', async () => {
      expect((await ids({ filters: { city: ['青岛'] } })).sort()).toEqual([
        'maintenance',
        'port',
        'tsn',
        'twin',
      ]);
    });

    it('when filtering by availability, then only those states are returned', async () => {
      const found = await ids({ filters: { availability: ['limited', 'unavailable'] } });
      expect(found.sort()).toEqual(['maintenance', 'vision']);
    });

    it('when filtering by verified, then unverified experts are left out', async () => {
      expect(await ids({ filters: { verified: true } })).not.toContain('mes');
      expect(await ids({ filters: { verified: false } })).toEqual(['mes']);
    });

    it('when excluding an organization, then its experts are left out and experts without one stay', async () => {
      const found = await ids({ filters: { excludeOrganizationIds: ['org-a', 'org-b'] } });
      expect(found.sort()).toEqual(['maintenance', 'mes', 'port']);
    });

    it('when excluding organization name keys and former organizations, then those experts are left out and the rest stay', async () => {
      await engine.upsertExperts([
        expert({ id: 'keyed', organization: '海纳重工', organizationKey: '海纳重工' }),
        expert({
          id: 'left-recently',
          organization: '别处',
          organizationKey: '别处',
          formerOrganizations: ['海纳重工|2025', '北海机械|2019'],
        }),
        expert({
          id: 'left-long-ago',
          organization: '别处',
          organizationKey: '别处',
          formerOrganizations: ['海纳重工|2019'],
        }),
      ]);
      const found = await ids({
        filters: {
          excludeOrganizationKeys: ['海纳重工'],
          excludeFormerOrganizations: ['海纳重工|2024', '海纳重工|2025', '海纳重工|2026'],
        },
      });
      expect(found).not.toContain('keyed');
      expect(found).not.toContain('left-recently');
      expect(found).toContain('left-long-ago');
      expect(found).toContain('tsn');
    });

    it('when asking for experts confirmed since a moment, then those confirmed months before are left out, and those after it stay', async () => {
      const DAY = 24 * 60 * 60 * 1000;
      const since = Date.parse('2025-06-15T00:00:00Z');
      await engine.upsertExperts([
        expert({ id: 'frozen-long-ago', skills: ['tsn'], confirmedAt: since - 400 * DAY }),
        expert({ id: 'frozen-months-ago', skills: ['tsn'], confirmedAt: since - 70 * DAY }),
        expert({ id: 'confirmed-after', skills: ['tsn'], confirmedAt: since + 3 * DAY }),
        expert({ id: 'confirmed-recently', skills: ['tsn'], confirmedAt: since + 500 * DAY }),
      ]);
      const found = await ids({ filters: { skills: ['tsn'], confirmedSince: since } });
      expect(found).not.toContain('frozen-long-ago');
      expect(found).not.toContain('frozen-months-ago');
      expect(found).toContain('confirmed-after');
      expect(found).toContain('confirmed-recently');
    });

    it('when excluding ids, then those experts are left out', async () => {
      expect((await ids({ filters: { excludeIds: ['tsn', 'edge', 'unknown'] } })).sort()).toEqual([
        'maintenance',
        'mes',
        'port',
        'twin',
        'vision',
      ]);
    });

    it('when filters on several fields combine, then all of them apply', async () => {
      const found = await ids({
        filters: {
          skills: ['edge-computing'],
          sectors: ['port-shipping', 'automotive'],
          pool: ['qingdao'],
          verified: true,
        },
      });
      expect(found).toEqual(['port']);
    });

    it('when a filter value is unknown, then nothing is returned', async () => {
      const result = await engine.searchExperts({ filters: { skills: ['no-such-skill'] } });
      expect(result).toMatchObject({ hits: [], total: 0 });
    });

    it('when filtering without text, then the best rated come first', async () => {
      expect(await ids({ filters: { pool: ['qingdao'] } })).toEqual([
        'tsn',
        'twin',
        'port',
        'maintenance',
      ]);
    });
  });

  describe('facets', () => {
    it('when facets are asked for, then they count the whole filtered result set', async () => {
      const result = await engine.searchExperts({
        filters: { pool: ['qingdao'] },
        facets: ['skills', 'availability', 'city'],
        limit: 1,
      });

      expect(result.total).toBe(4);
      expect(result.facets.skills).toEqual({
        tsn: 1,
        'industrial-ethernet': 1,
        'predictive-maintenance': 1,
        'digital-twin': 1,
        simulation: 1,
        'edge-computing': 1,
        '5g-private-network': 1,
      });
      expect(result.facets.availability).toEqual({ available: 3, unavailable: 1 });
      expect(result.facets.city).toEqual({ 青岛: 4 });
    });

    it('when a text query has facets, then they count the matching experts only', async () => {
      const result = await engine.searchExperts({ q: '边缘计算', facets: ['pool', 'sectors'] });

      expect(result.facets.pool).toEqual({ shenzhen: 1, qingdao: 1 });
      expect(result.facets.sectors).toEqual({ automotive: 1, 'port-shipping': 1 });
    });
  });

  describe('text', () => {
    it('when an English query has a typo, then the expert is still found first', async () => {
      const found = await ids({ q: 'edge computng' });
      expect(['edge', 'port']).toContain(found[0]);
      expect(found).toEqual(expect.arrayContaining(['edge', 'port']));
    });

    it('when any of several skill names is asked for, then an expert with one is found, one with more first', async () => {
      const skills = ['edge-computing', '5g-private-network', 'tsn'];
      const found = await ids({
        anyOf: ['边缘计算', '5G专网', '时间敏感网络'],
        filters: { skills },
      });
      expect(found[0]).toBe('port');
      expect(found.slice(1).sort()).toEqual(['edge', 'tsn']);
      const rare = await ids({ anyOf: ['5G专网', '时间敏感网络'], filters: { skills } });
      expect(rare.sort()).toEqual(['port', 'tsn']);
    });

    it('when documents are asked for, then each hit carries its expert as indexed, and not otherwise', async () => {
      const byId = new Map(pool().map((doc) => [doc.id, doc]));
      const skills = ['edge-computing', '5g-private-network'];
      for (const query of [
        { anyOf: ['边缘计算', '5G专网'], filters: { skills } },
        { q: '边缘计算' },
        { filters: { skills } },
      ] satisfies SearchQuery[]) {
        const { hits } = await engine.searchExperts({ ...query, withDocs: true });
        expect(hits.map((hit) => hit.id).sort()).toEqual(['edge', 'port']);
        for (const hit of hits) expect(hit.doc).toEqual(byId.get(hit.id));
        const bare = await engine.searchExperts(query);
        expect(bare.hits.every((hit) => !('doc' in hit))).toBe(true);
      }
      await engine.upsertExperts([{ ...(byId.get('port') as ExpertDoc), ratingCount: 9 }]);
      await engine.deleteExperts(['edge']);
      const { hits } = await engine.searchExperts({ q: '边缘计算', withDocs: true });
      expect(hits.map((hit) => [hit.id, hit.doc?.ratingCount])).toEqual([['port', 9]]);
    });

    it('when the only query word has a typo, then it still matches', async () => {
      expect((await ids({ q: 'computng ' })).sort()).toEqual(['edge', 'port']);
      expect((await ids({ q: 'predictive maintenence' }))[0]).toBe('maintenance');
    });

    it('when a Chinese skill name is queried, then the experts with that skill are found', async () => {
      const found = await ids({ q: '边缘计算' });
      expect(found.sort()).toEqual(['edge', 'port']);
    });

    it('when an alias is queried, then the expert with the canonical skill is found', async () => {
      expect((await ids({ q: '确定性网络' }))[0]).toBe('tsn');
      expect((await ids({ q: 'TSN' }))[0]).toBe('tsn');
    });

    it('when a sentence contains a taxonomy term, then the expert with it comes first', async () => {
      expect((await ids({ q: '我们是一家家电企业，想找做确定性网络的专家' }))[0]).toBe('tsn');
      expect((await ids({ q: '希望找到懂预测性维护的顾问' }))[0]).toBe('maintenance');
    });

    it('when a Chinese name is queried, then that expert comes first', async () => {
      expect((await ids({ q: '张伟' }))[0]).toBe('tsn');
    });

    it('when words from a bio are queried, then the expert is found', async () => {
      expect((await ids({ q: '缺陷检测' }))[0]).toBe('vision');
      expect((await ids({ q: 'gateways' }))[0]).toBe('edge');
    });

    it('when text and filters combine, then only matching experts that pass the filters are returned', async () => {
      expect(await ids({ q: '边缘计算', filters: { pool: ['qingdao'] } })).toEqual(['port']);
    });

    it('when a query matches, then scores lie in 0..1, best first, and name the matched words', async () => {
      const { hits } = await engine.searchExperts({ q: 'edge computing 5G专网' });

      expect(hits[0]?.id).toBe('port');
      for (const hit of hits) {
        expect(hit.score).toBeGreaterThan(0);
        expect(hit.score).toBeLessThanOrEqual(1);
        expect(hit.matchedTerms?.length).toBeGreaterThan(0);
      }
      const scores = hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('when nothing matches, then the result is empty', async () => {
      expect(await engine.searchExperts({ q: 'zzzzqqqq' })).toMatchObject({ hits: [], total: 0 });
    });
  });

  describe('paging', () => {
    it('when paging through everything, then pages are disjoint and the total is stable', async () => {
      const pages = await Promise.all(
        [0, 3, 6].map((offset) => engine.searchExperts({ offset, limit: 3 })),
      );

      expect(pages.map((page) => page.total)).toEqual([7, 7, 7]);
      expect(pages.map((page) => page.hits.length)).toEqual([3, 3, 1]);
      expect(pages.flatMap((page) => page.hits.map((hit) => hit.id)).sort()).toEqual(
        [...ALL_IDS].sort(),
      );
    });

    it('when the offset is not a multiple of the limit, then the window still starts at the offset', async () => {
      const all = await ids({});
      expect(await ids({ offset: 2, limit: 3 })).toEqual(all.slice(2, 5));
    });

    it('when the limit is 0, then only the total and facets come back', async () => {
      const result = await engine.searchExperts({ limit: 0, facets: ['pool'] });
      expect(result).toMatchObject({
        hits: [],
        total: 7,
        facets: { pool: { qingdao: 4, shenzhen: 2, other: 1 } },
      });
    });
  });

  describe('writes', () => {
    it('when an expert is updated, then searches see the new profile only', async () => {
      await engine.upsertExperts([
        expert({ id: 'tsn', name: '张伟', skills: ['erp'], bio: '企业资源计划实施顾问。' }),
      ]);

      expect(await ids({ filters: { skills: ['tsn'] } })).toEqual([]);
      expect(await ids({ q: '确定性网络' })).not.toContain('tsn');
      expect(await ids({ filters: { skills: ['erp'] } })).toContain('tsn');
      expect(await engine.count('experts')).toBe(7);
    });

    it('when experts are deleted, then they are gone and unknown ids are ignored', async () => {
      await engine.deleteExperts(['vision', 'unknown']);

      expect(await engine.count('experts')).toBe(6);
      expect(await ids({ q: '缺陷检测' })).not.toContain('vision');
      expect((await engine.searchExperts({ filters: { pool: ['shenzhen'] } })).total).toBe(1);
    });

    it('when the index is cleared, then it is empty and still usable', async () => {
      await engine.clear('experts');
      expect(await engine.count('experts')).toBe(0);
      expect((await engine.searchExperts({})).total).toBe(0);

      await engine.upsertExperts([expert({ id: 'again' })]);
      expect(await ids({})).toEqual(['again']);
    });

    it('when asked for health, then the engine reports ok', async () => {
      expect((await engine.health()).ok).toBe(true);
    });
  });

  describe('need index', () => {
    const needIds = async (query: NeedSearchQuery): Promise<string[]> =>
      (await engine.searchNeeds({ limit: 100, ...query })).hits.map((hit) => hit.id);
    const sorted = async (query: NeedSearchQuery): Promise<string[]> =>
      (await needIds(query)).sort();

    beforeEach(async () => {
      await engine.clear('needs');
      await engine.upsertNeeds(needPool());
    });

    it('when a Chinese term is queried, then the needs that mention it come first', async () => {
      expect((await needIds({ q: '无人集卡' }))[0]).toBe('agv');
      expect((await needIds({ q: '时间敏感网络' }))[0]).toBe('tsn');
    });

    it('when an alias is queried, then the need with the canonical skill or sector is found', async () => {
      expect((await needIds({ q: 'TSN' }))[0]).toBe('tsn');
      expect((await needIds({ q: '确定性网络' }))[0]).toBe('tsn');
      expect((await needIds({ q: 'AI质检' }))[0]).toBe('tires');
      expect((await needIds({ q: '白色家电' }))[0]).toBe('tsn');
    });

    it('when an English word has a typo, then the need is still found', async () => {
      expect((await needIds({ q: 'inspecton ' }))[0]).toBe('tires');
    });

    it('when filtering by kind, sector, skills, status or release, then only those needs are returned', async () => {
      expect(await sorted({ filters: { kind: ['diagnosis', 'training'] } })).toEqual([
        'diagnosis',
        'training',
      ]);
      expect(await sorted({ filters: { sector: ['rubber-tires'] } })).toEqual(['tires']);
      expect(await sorted({ filters: { skills: ['tsn', 'mes'] } })).toEqual(['diagnosis', 'tsn']);
      expect(await sorted({ filters: { status: ['closed', 'in_progress'] } })).toEqual([
        'rail',
        'training',
      ]);
      expect(await sorted({ filters: { release: ['sz-2021'] } })).toEqual(['agv', 'rail', 'tsn']);
    });

    it('when filtering by organizations or ids, then only those needs pass and an empty list passes none', async () => {
      expect(await sorted({ filters: { organizationIds: ['org-a'] } })).toEqual([
        'agv',
        'diagnosis',
      ]);
      expect(await sorted({ filters: { ids: ['tires', 'unknown'] } })).toEqual(['tires']);
      expect(await needIds({ filters: { organizationIds: [] } })).toEqual([]);
      expect(await needIds({ q: '无人集卡', filters: { ids: [] } })).toEqual([]);
    });

    it('when open needs or those of an organization are asked for, then both come back', async () => {
      expect(await sorted({ filters: { openOrOrganizationIds: ['org-b'] } })).toEqual([
        'agv',
        'diagnosis',
        'rail',
        'tires',
        'tsn',
      ]);
      expect(await sorted({ filters: { openOrOrganizationIds: [] } })).toEqual([
        'agv',
        'diagnosis',
        'tires',
        'tsn',
      ]);
    });

    it('when text and filters combine, then only matching needs that pass the filters are returned', async () => {
      const catalogue = { kind: ['scenario' as const], status: ['open' as const] };
      expect(await needIds({ q: '5G专网', filters: catalogue })).toEqual(['agv']);
      expect(await needIds({ q: '转向架', filters: catalogue })).toEqual([]);
      expect(await needIds({ q: '转向架' })).toEqual(['rail']);
    });

    it('when a filter value is unknown, then nothing is returned', async () => {
      const result = await engine.searchNeeds({ filters: { release: ['no-such-release'] } });
      expect(result).toMatchObject({ hits: [], total: 0 });
    });

    it('when facets are asked for, then they count the whole filtered result set', async () => {
      const result = await engine.searchNeeds({
        filters: { release: ['sz-2021'] },
        facets: ['kind', 'sector', 'skills', 'status'],
        limit: 1,
      });

      expect(result.total).toBe(3);
      expect(result.hits).toHaveLength(1);
      expect(result.facets).toEqual({
        kind: { scenario: 3 },
        sector: { 'port-shipping': 1, 'home-appliances': 1, 'rail-transit': 1 },
        skills: {
          '5g-private-network': 1,
          'edge-computing': 1,
          tsn: 1,
          'iiot-sensing': 1,
          'predictive-maintenance': 1,
        },
        status: { open: 2, closed: 1 },
      });
    });

    it('when paging without text, then the most recently updated come first in disjoint pages', async () => {
      expect(await needIds({})).toEqual(ALL_NEED_IDS);
      const pages = await Promise.all(
        [0, 2, 4].map((offset) => engine.searchNeeds({ offset, limit: 2 })),
      );
      expect(pages.map((page) => page.total)).toEqual([6, 6, 6]);
      expect(pages.flatMap((page) => page.hits.map((hit) => hit.id))).toEqual(ALL_NEED_IDS);
      expect(await needIds({ offset: 1, limit: 3 })).toEqual(ALL_NEED_IDS.slice(1, 4));
    });

    it('when the limit is 0, then only the total and facets come back', async () => {
      const result = await engine.searchNeeds({ limit: 0, facets: ['status'] });
      expect(result).toMatchObject({
        hits: [],
        total: 6,
        facets: { status: { open: 4, closed: 1, in_progress: 1 } },
      });
    });

    it('when a need is updated, then searches see the new version only', async () => {
      const [agv] = needPool();
      await engine.upsertNeeds([
        need({ ...agv, id: 'agv', title: '港口智能理货', description: '', status: 'closed' }),
      ]);

      expect(await needIds({ q: '无人集卡' })).not.toContain('agv');
      expect(await needIds({ q: '智能理货' })).toEqual(['agv']);
      expect(await sorted({ filters: { status: ['closed'] } })).toEqual(['agv', 'rail']);
      expect(await engine.count('needs')).toBe(6);
    });

    it('when needs are deleted, then they are gone, unknown ids are ignored and experts stay', async () => {
      await engine.deleteNeeds(['tires', 'unknown']);

      expect(await engine.count('needs')).toBe(5);
      expect(await needIds({ q: 'inspection' })).toEqual([]);
      expect(await engine.count('experts')).toBe(7);
    });

    it('when the need index is cleared, then the expert index is untouched', async () => {
      await engine.clear('needs');

      expect(await engine.count('needs')).toBe(0);
      expect((await engine.searchNeeds({})).total).toBe(0);
      expect(await engine.count('experts')).toBe(7);
    });
  });
});

describe('embedded search engine at scale', () => {
  it('when most experts are deleted, then the index compacts and keeps answering correctly', async () => {
    const engine = new EmbeddedSearchEngine();
    const many = Array.from({ length: 3000 }, (_, i) =>
      expert({ id: `x${i}`, skills: [i % 2 ? 'tsn' : 'mes'], city: i % 3 ? '青岛' : '深圳' }),
    );
    await engine.upsertExperts(many);
    await engine.deleteExperts(many.slice(0, 2500).map((doc) => doc.id));

    expect(await engine.count('experts')).toBe(500);
    const result = await engine.searchExperts({
      q: '确定性网络',
      filters: { city: ['深圳'] },
      limit: 1000,
      withDocs: true,
    });
    const expected = many
      .slice(2500)
      .filter((_, i) => (2500 + i) % 2 === 1 && (2500 + i) % 3 === 0);
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(expected.map((doc) => doc.id).sort());
    for (const hit of result.hits) expect(hit.doc?.id).toBe(hit.id);
  });
});

describe('meilisearch need filter expression', () => {
  it('when facet and visibility filters combine, then each becomes one quoted clause', () => {
    const clauses = needFilterExpression({
      kind: ['scenario'],
      skills: [],
      status: ['open'],
      release: ['深圳"2021'],
      ids: ['n1'],
      openOrOrganizationIds: ['org-b'],
    });

    expect(clauses).toEqual([
      'kind IN ["scenario"]',
      'status IN ["open"]',
      'release IN ["深圳\\"2021"]',
      'id IN ["n1"]',
      '(status = "open" OR organizationId IN ["org-b"])',
    ]);
  });
});
