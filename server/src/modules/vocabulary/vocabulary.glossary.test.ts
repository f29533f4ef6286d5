import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  needInput,
  registeredClient,
  staffClient,
  verifiedExpert,
} from '../../../../test/support/factories';
import {
  startTestPlatform,
  type TestClient,
  type TestPlatform,
} from '../../../../test/support/platform';
import { until } from '../../../../test/support/wait';

let platform: TestPlatform;
let enterprise: TestClient;

// No bio below says "趴窝": only the taxonomy's problem glossary knows it means 预测性维护.
const NEED_TEXT = '我们的机器隔三岔五就趴窝';

interface Suggestion {
  skills: string[];
  inferred: Array<{ skill: string; confidence: number; words: string[] }>;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  const bureau = (await staffClient(platform.url, 'bureau')).client;
  enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
  for (let i = 0; i < 2; i++) {
    await verifiedExpert(platform.url, bureau, {
      name: `维护专家${i}`,
      skills: ['predictive-maintenance'],
      sectors: ['machinery'],
      bio: '长期驻厂，帮助企业建立设备状态监测体系。',
    });
    await verifiedExpert(platform.url, bureau, {
      name: `财务系统专家${i}`,
      skills: ['erp'],
      sectors: ['machinery'],
      bio: '长期驻厂，帮助企业梳理采购与财务流程。',
    });
  }
}, 120_000);

afterAll(async () => {
  await platform?.close();
});

describe('the problem glossary in the skill vocabulary', () => {
  it('when a need says its problem in words no expert’s bio has, then the glossary’s word suggests the skill and names itself', async () => {
    const res = await enterprise
      .get(`/taxonomy/suggest?text=${encodeURIComponent(NEED_TEXT)}`)
      .expect(200);
    const suggestion = res.body as Suggestion;
    expect(suggestion.skills).toEqual([]);
    expect(suggestion.inferred[0]?.skill).toBe('predictive-maintenance');
    expect(suggestion.inferred[0]?.words).toContain('趴窝');
  });

  it('when such a need is matched, then the skill’s experts come first and the reason names the glossary’s word', async () => {
    const created = await enterprise.post(
      '/needs',
      needInput({
        title: NEED_TEXT,
        description: '请专家来看看',
        sector: 'machinery',
        requiredSkills: [],
      }),
    );
    expect(created.status).toBe(201);
    const need = created.body.need as { id: string; suggestedSkills: string[] };
    expect(need.suggestedSkills[0]).toBe('predictive-maintenance');

    const match = async () => enterprise.get(`/needs/${need.id}/matches`).expect(200);
    const names = (body: { items: Array<{ expert: { name: string } }> }) =>
      body.items.map((item) => item.expert.name);
    // The search engine indexes the experts on its own time (Meilisearch after its tasks).
    expect(await until(async () => names((await match()).body).length === 4, 10_000)).toBe(true);
    const matches = await match();
    const inferred = matches.body.inferredSkills as Array<{ skill: string; words: string[] }>;
    expect(inferred[0]?.skill).toBe('predictive-maintenance');
    const items = matches.body.items as Array<{
      expert: { name: string };
      explanation: { reasons: string[] };
    }>;
    expect(
      items
        .slice(0, 2)
        .map((item) => item.expert.name)
        .sort(),
    ).toEqual(['维护专家0', '维护专家1']);
    const words = inferred[0]?.words ?? [];
    expect(words).toContain('趴窝');
    const reason = `由需求描述推断：预测性维护（${words.join('、')}）`;
    expect(items[0]?.explanation.reasons.some((r) => r.startsWith(reason))).toBe(true);
  }, 60_000);
});
