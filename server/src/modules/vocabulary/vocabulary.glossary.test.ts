import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestPlatform } from '../../../../test/support/platform';
import {
  matchesOf,
  needInWords,
  platformWithExperts,
  suggest,
} from '../../../../test/support/vocabulary';

let platform: TestPlatform;
let enterprise: TestClient;

// No bio below says "趴窝": only the taxonomy's problem glossary knows it means 预测性维护.
const NEED_TEXT = '我们的机器隔三岔五就趴窝';

beforeAll(async () => {
  ({ platform, enterprise } = await platformWithExperts(
    [0, 1].flatMap((i) => [
      {
        name: `维护专家${i}`,
        skills: ['predictive-maintenance'],
        sectors: ['machinery'],
        bio: '长期驻厂，帮助企业建立设备状态监测体系。',
      },
      {
        name: `财务系统专家${i}`,
        skills: ['erp'],
        sectors: ['machinery'],
        bio: '长期驻厂，帮助企业梳理采购与财务流程。',
      },
    ]),
  ));
}, 120_000);

afterAll(async () => {
  await platform?.close();
});

describe('the problem glossary in the skill vocabulary', () => {
  it('when a need says its problem in words no expert’s bio has, then the glossary’s word suggests the skill and names itself', async () => {
    const suggestion = await suggest(enterprise, NEED_TEXT);
    expect(suggestion.skills).toEqual([]);
    expect(suggestion.inferred[0]?.skill).toBe('predictive-maintenance');
    expect(suggestion.inferred[0]?.words).toContain('趴窝');
  });

  it('when such a need is matched, then the skill’s experts come first and the reason names the glossary’s word', async () => {
    const need = await needInWords(enterprise, {
      title: NEED_TEXT,
      description: '请专家来看看',
      sector: 'machinery',
    });
    expect(need.suggestedSkills[0]).toBe('predictive-maintenance');

    const { items, inferredSkills: inferred } = await matchesOf(enterprise, need.id, 4);
    expect(inferred[0]?.skill).toBe('predictive-maintenance');
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
