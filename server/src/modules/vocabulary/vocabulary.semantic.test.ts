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

// Neither the bios below nor the glossary has these words (no 码垛, 搬运, 机器人, 机械臂…): only
// their meaning says that the enterprise wants a machine to do its workers' lifting.
const NEED_TEXT = '搬箱子的工人老是腰疼，想找个铁家伙替他们干';

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
      name: `自动化专家${i}`,
      skills: ['industrial-robotics'],
      sectors: ['food-beverage'],
      bio: '长期驻厂，帮助企业规划改造方案。',
    });
    await verifiedExpert(platform.url, bureau, {
      name: `港口物流专家${i}`,
      skills: ['port-logistics'],
      sectors: ['food-beverage'],
      bio: '长期驻厂，帮助企业规划改造方案。',
    });
  }
}, 120_000);

afterAll(async () => {
  await platform?.close();
});

describe('skills inferred from what a need means', () => {
  it('when a need says its problem in words neither the bios nor the glossary have, then its meaning suggests the skill, shown with the need’s own clause', async () => {
    const res = await enterprise
      .get(`/taxonomy/suggest?text=${encodeURIComponent(NEED_TEXT)}`)
      .expect(200);
    const suggestion = res.body as Suggestion;
    expect(suggestion.skills).toEqual([]);
    expect(suggestion.inferred[0]?.skill).toBe('industrial-robotics');
    expect(suggestion.inferred[0]?.confidence).toBeGreaterThan(0.5);
    const words = suggestion.inferred[0]?.words ?? [];
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(NEED_TEXT).toContain(word.replace(/…$/, ''));
  });

  it('when such a need is matched, then the skill’s experts come first and the reason quotes the need', async () => {
    const created = await enterprise.post(
      '/needs',
      needInput({
        title: NEED_TEXT,
        description: '请专家来看看',
        sector: 'food-beverage',
        requiredSkills: [],
      }),
    );
    expect(created.status).toBe(201);
    const need = created.body.need as { id: string; suggestedSkills: string[] };
    expect(need.suggestedSkills[0]).toBe('industrial-robotics');

    const match = async () => enterprise.get(`/needs/${need.id}/matches`).expect(200);
    const names = (body: { items: Array<{ expert: { name: string } }> }) =>
      body.items.map((item) => item.expert.name);
    // The search engine indexes the experts on its own time (Meilisearch after its tasks).
    expect(await until(async () => names((await match()).body).length === 4, 10_000)).toBe(true);
    const matches = await match();
    const items = matches.body.items as Array<{
      expert: { name: string };
      explanation: { reasons: string[] };
    }>;
    expect(
      items
        .slice(0, 2)
        .map((item) => item.expert.name)
        .sort(),
    ).toEqual(['自动化专家0', '自动化专家1']);
    const inferred = matches.body.inferredSkills as Array<{ skill: string; words: string[] }>;
    expect(inferred[0]?.skill).toBe('industrial-robotics');
    const reason = `由需求描述推断：工业机器人（${(inferred[0]?.words ?? []).join('、')}）`;
    expect(items[0]?.explanation.reasons.some((line) => line.startsWith(reason))).toBe(true);
  }, 60_000);
});
