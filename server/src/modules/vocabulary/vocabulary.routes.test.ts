import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestPlatform } from '../../../../test/support/platform';
import {
  needInWords,
  platformWithExperts,
  suggest as suggestTo,
} from '../../../../test/support/vocabulary';
import { until } from '../../../../test/support/wait';

const run = promisify(execFile);

let platform: TestPlatform;
let enterprise: TestClient;

// Words the taxonomy's problem glossary does not hold: only the experts below teach them.
const PHRASE = '雪糕送到门店时已经软塌塌的';
const NEED_TEXT = `我们的${PHRASE}，客户投诉不断`;

const suggest = (text: string) => suggestTo(enterprise, text);

beforeAll(async () => {
  const fillers = ['主持过多个项目。', '服务过十余家企业。', '从业十五年。', '长期驻厂。'];
  ({ platform, enterprise } = await platformWithExperts(
    fillers.flatMap((filler, i) => [
      {
        name: `冷链专家${i}`,
        skills: ['cold-chain', i % 2 ? 'erp' : 'mes'],
        sectors: ['food-beverage'],
        bio: `${filler}曾帮助企业解决“${PHRASE}”这类问题。`,
      },
      {
        name: `排产专家${i}`,
        skills: ['aps', i % 2 ? 'erp' : 'mes'],
        sectors: ['food-beverage'],
        bio: `${filler}曾帮助企业解决“车间排班表天天推倒重来”这类问题。`,
      },
    ]),
    { vocabularyRefreshMs: 100 },
  ));
}, 120_000);

afterAll(async () => {
  await platform?.close();
});

describe('the skill vocabulary learned from the platform', () => {
  it('when experts tell a new phrase, then after npm run reindex the phrase suggests their skill and names its words', async () => {
    // Before the vocabulary knows the phrase, only what it means may point to cold chains: the
    // whole clause, read by the embedding model, never the phrase's own words.
    const before = (await suggest(NEED_TEXT)).inferred.find((s) => s.skill === 'cold-chain');
    expect(before?.words ?? []).not.toContain('门店时已经软塌');

    const { config } = platform;
    const { stdout } = await run('npx', ['tsx', 'scripts/reindex.ts'], {
      env: {
        ...process.env,
        MONGODB_URI: config.mongodbUri,
        DATA_DIR: platform.dataDir,
        MEILI_URL: config.meiliUrl ?? '',
        MEILI_MASTER_KEY: config.meiliMasterKey ?? '',
        MEILI_INDEX_PREFIX: config.meiliIndexPrefix,
        LOG_LEVEL: 'silent',
      },
    });
    expect(stdout).toMatch(/learned the skill vocabulary: \d+ terms from 8 records/);

    const learned = async () =>
      (await suggest(NEED_TEXT)).inferred.find((s) => s.skill === 'cold-chain');
    expect(
      await until(
        async () => (await learned())?.words.join('').includes('门店时已经软塌') === true,
        10_000,
      ),
    ).toBe(true);
    const suggestion = await suggest(NEED_TEXT);
    expect(suggestion.skills).toEqual([]);
    expect(suggestion.inferred[0]?.skill).toBe('cold-chain');
    const [coldChain] = suggestion.inferred;
    expect(coldChain?.confidence).toBeGreaterThan(before?.confidence ?? 0);
    expect(coldChain?.words.join('')).not.toContain('客户投诉');
    expect((await suggest('车间排班表天天推倒重来')).inferred[0]?.skill).toBe('aps');
  }, 120_000);

  it('when a need is described only in those words, then matching infers the skill and its reasons say from which words, in Chinese and English', async () => {
    const need = await needInWords(enterprise, {
      title: NEED_TEXT,
      description: '请专家指导',
      sector: 'food-beverage',
    });
    expect(need.suggestedSkills[0]).toBe('cold-chain');

    const zh = await enterprise.get(`/needs/${need.id}/matches`).expect(200);
    expect(zh.body.skills[0]).toBe('cold-chain');
    expect(zh.body.inferredSkills[0]).toEqual(
      expect.objectContaining({ skill: 'cold-chain', words: expect.any(Array) }),
    );
    const items = zh.body.items as Array<{
      expert: { name: string };
      explanation: { matchedSkills: string[]; reasons: string[] };
    }>;
    // An inference short of certain lets the experts the need's words find follow, never lead.
    expect(
      items
        .slice(0, 4)
        .map((item) => item.expert.name)
        .sort(),
    ).toEqual(['冷链专家0', '冷链专家1', '冷链专家2', '冷链专家3']);
    const words = (zh.body.inferredSkills as Array<{ words: string[] }>)[0]?.words ?? [];
    const zhReason = `由需求描述推断：冷链物流数字化（${words.join('、')}）`;
    expect(items[0]?.explanation.reasons.some((r) => r.startsWith(zhReason))).toBe(true);

    const en = await enterprise.agent
      .get(`/api/v1/needs/${need.id}/matches`)
      .set('Accept-Language', 'en')
      .expect(200);
    const enReason = `Inferred from your description: Cold-chain logistics digitalisation (${words.join(', ')})`;
    const enReasons = en.body.items[0].explanation.reasons as string[];
    expect(enReasons.some((r) => r.startsWith(enReason))).toBe(true);
  }, 60_000);
});
