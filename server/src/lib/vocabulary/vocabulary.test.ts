import { describe, expect, it } from 'vitest';
import { learnVocabulary, type LearningDoc } from '.';

const PLC = '控制柜里的接线图早就找不到了';
const CNC = '刀具磨损了也没人及时更换';
const GENERIC = '主持过多个改造项目，客户反馈很好';

/** Experts who tell problems of their skills; half of the PLC experts also machine parts. */
function corpus(): LearningDoc[] {
  const docs: LearningDoc[] = [];
  for (let i = 0; i < 6; i++) {
    docs.push({ text: `${GENERIC}。擅长处理${PLC}等难题。`, skills: ['plc-control'] });
    docs.push({
      text: `${GENERIC}。擅长处理${PLC}、${CNC}等难题。`,
      skills: ['plc-control', 'cnc-machining'],
    });
    docs.push({ text: `${GENERIC}。擅长处理${CNC}等难题。`, skills: ['cnc-machining'] });
    docs.push({ text: `${GENERIC}。`, skills: ['erp'] });
  }
  return docs;
}

describe('learnVocabulary', () => {
  it('when a phrase appears with skills that often go together, then it points to the skill that explains it, not to its companion', async () => {
    const vocabulary = await learnVocabulary(corpus());
    expect(vocabulary.infer(`我们厂${PLC}`).map((s) => s.skill)).toEqual(['plc-control']);
    expect(vocabulary.infer(`现在${CNC}`).map((s) => s.skill)).toEqual(['cnc-machining']);
  });

  it('when words are found with every skill, then they point to none', async () => {
    const vocabulary = await learnVocabulary(corpus());
    expect(vocabulary.infer(GENERIC)).toEqual([]);
  });

  it('when a skill is inferred, then its words are the text’s own and its confidence is at most 1', async () => {
    const vocabulary = await learnVocabulary(corpus());
    const [inferred] = vocabulary.infer(`老问题：${PLC}，请专家指导`);
    expect(inferred?.skill).toBe('plc-control');
    expect(inferred?.confidence).toBeGreaterThan(0.5);
    expect(inferred?.confidence).toBeLessThanOrEqual(1);
    for (const word of inferred?.words ?? []) expect(PLC).toContain(word);
  });

  it('when the sector is named in the text, then the sector teaches no skill', async () => {
    const docs = Array.from({ length: 8 }, () => ({
      text: '主要服务轮胎行业企业',
      skills: ['process-optimization'],
    }));
    const vocabulary = await learnVocabulary([...docs, ...corpus()]);
    expect(vocabulary.infer('我们是轮胎企业')).toEqual([]);
  });

  it('when a need shares one specific word with a skill’s phrases, then that word points to the skill, and a chance run of them does not', async () => {
    const docs = Array.from({ length: 8 }, () => ({
      text: '想请人给工厂做一次全面体检；用电高峰时段电费特别贵',
      skills: ['energy-management'],
    }));
    const vocabulary = await learnVocabulary([...docs, ...corpus()]);
    const [inferred] = vocabulary.infer('每个月的电费账单让老板头疼');
    expect(inferred?.skill).toBe('energy-management');
    expect(inferred?.words).toEqual(['电费']);
    expect(vocabulary.infer('仓库盘点一次要停好几天')).toEqual([]);
  });

  it('when a need shares with a skill’s phrases only a run that is no dictionary word, then that run points nowhere', async () => {
    // "车间" is everyone's word; only the 5G experts say "车间里".
    const docs = Array.from({ length: 8 }, (_, i) => [
      { text: '车间里无线信号时有时无', skills: ['5g-private-network'] },
      { text: '车间主任每天统计产量', skills: [i % 2 ? 'mes' : 'erp'] },
      { text: '车间主任每天统计产量', skills: ['aps'] },
    ]).flat();
    const vocabulary = await learnVocabulary([...docs, ...corpus()]);
    expect(vocabulary.infer('车间里东西堆得到处都是')).toEqual([]);
    expect(vocabulary.infer('无线信号时有时无').map((s) => s.skill)).toEqual([
      '5g-private-network',
    ]);
  });
});

describe('learnVocabulary with the problem glossary', () => {
  it('when the glossary lists a problem no record says, then its word points to the glossary’s skill', async () => {
    const vocabulary = await learnVocabulary(corpus(), {
      'predictive-maintenance': ['机器趴窝', '设备三天两头趴窝'],
    });
    const [inferred] = vocabulary.infer('机器又趴窝了');
    expect(inferred?.skill).toBe('predictive-maintenance');
    expect(inferred?.words).toContain('趴窝');
    expect(vocabulary.stats.documents).toBe(corpus().length);
  });

  it('when one skill’s records repeat a word the glossary gives to several skills, then the word points to none', async () => {
    const docs = Array.from({ length: 12 }, () => ({
      text: '服务器经常宕机',
      skills: ['cloud-native'],
    }));
    const alone = await learnVocabulary([...docs, ...corpus()]);
    expect(alone.infer('服务器').map((s) => s.skill)).toEqual(['cloud-native']);
    const spread = await learnVocabulary([...docs, ...corpus()], {
      'ot-security': ['服务器被入侵'],
      'edge-computing': ['现场服务器'],
      erp: ['服务器上的账'],
    });
    expect(spread.infer('服务器')).toEqual([]);
  });
});
