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

// Neither the bios below nor the glossary has these words (no 码垛, 搬运, 机器人, 机械臂…): only
// their meaning says that the enterprise wants a machine to do its workers' lifting.
const NEED_TEXT = '搬箱子的工人老是腰疼，想找个铁家伙替他们干';

beforeAll(async () => {
  ({ platform, enterprise } = await platformWithExperts(
    [0, 1].flatMap((i) => [
      {
        name: `自动化专家${i}`,
        skills: ['industrial-robotics'],
        sectors: ['food-beverage'],
        bio: '长期驻厂，帮助企业规划改造方案。',
      },
      {
        name: `港口物流专家${i}`,
        skills: ['port-logistics'],
        sectors: ['food-beverage'],
        bio: '长期驻厂，帮助企业规划改造方案。',
      },
    ]),
  ));
}, 120_000);

afterAll(async () => {
  await platform?.close();
});

describe('skills inferred from what a need means', () => {
  it('when a need says its problem in words neither the bios nor the glossary have, then its meaning suggests the skill, shown with the need’s own clause', async () => {
    const suggestion = await suggest(enterprise, NEED_TEXT);
    expect(suggestion.skills).toEqual([]);
    expect(suggestion.inferred[0]?.skill).toBe('industrial-robotics');
    expect(suggestion.inferred[0]?.confidence).toBeGreaterThan(0.5);
    const words = suggestion.inferred[0]?.words ?? [];
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(NEED_TEXT).toContain(word.replace(/…$/, ''));
  });

  it('when the words say nothing about a problem, then nothing is suggested', async () => {
    for (const text of ['你好', '请专家来看看']) {
      expect((await suggest(enterprise, text)).inferred, text).toEqual([]);
    }
  });

  it('when such a need is matched, then the skill’s experts come first and the reason quotes the need', async () => {
    const need = await needInWords(enterprise, {
      title: NEED_TEXT,
      description: '请专家来看看',
      sector: 'food-beverage',
    });
    expect(need.suggestedSkills[0]).toBe('industrial-robotics');

    const { items, inferredSkills: inferred } = await matchesOf(enterprise, need.id, 4);
    expect(
      items
        .slice(0, 2)
        .map((item) => item.expert.name)
        .sort(),
    ).toEqual(['自动化专家0', '自动化专家1']);
    expect(inferred[0]?.skill).toBe('industrial-robotics');
    const reason = `由需求描述推断：工业机器人（${(inferred[0]?.words ?? []).join('、')}）`;
    expect(items[0]?.explanation.reasons.some((line) => line.startsWith(reason))).toBe(true);
  }, 60_000);
});
