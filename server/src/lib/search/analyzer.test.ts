import { describe, expect, it } from 'vitest';
import { analyze, indexTerms, queryTerms, stem } from './analyzer';

describe('analyze', () => {
  it('when Chinese text contains taxonomy terms, then each is kept whole and mapped to its skill', () => {
    const result = analyze('我们需要确定性网络和边缘计算方面的专家');

    expect(result.tokens).toEqual(expect.arrayContaining(['确定性网络', '边缘计算', '专家']));
    expect(result.skillIds).toEqual(['tsn', 'edge-computing']);
  });

  it('when an alias is written in Latin letters of any case, then it maps to its skill', () => {
    expect(analyze('TSN交换机').skillIds).toEqual(['tsn']);
    expect(analyze('we run kubernetes').skillIds).toEqual(['cloud-native']);
    expect(analyze('ＴＳＮ').skillIds).toEqual(['tsn']);
  });

  it('when an English term is written with hyphens or spaces, then both forms match', () => {
    expect(analyze('time-sensitive networking').skillIds).toEqual(['tsn']);
    expect(analyze('Time Sensitive  Networking').skillIds).toEqual(['tsn']);
    expect(analyze('OPC-UA server').skillIds).toEqual(['opc-ua']);
  });

  it('when a Latin alias is only part of a longer word, then it is not matched', () => {
    expect(analyze('message queues').skillIds).toEqual([]);
  });

  it('when two taxonomy terms overlap, then the longest one wins', () => {
    expect(analyze('数据采集与监视控制系统').skillIds).toEqual(['scada']);
    expect(analyze('数据采集').skillIds).toEqual(['iiot-sensing']);
  });

  it('when text names a sector, then the sector id is returned apart from skills', () => {
    const result = analyze('为家电和汽车制造企业做机器视觉质检');

    expect(result.sectorIds).toEqual(['home-appliances', 'automotive']);
    expect(result.skillIds).toEqual(['machine-vision']);
  });

  it('when English words are analysed, then they are lower-cased, plural-folded and stop words dropped', () => {
    expect(analyze('The Gateways and Batteries of Factories').tokens).toEqual([
      'gateway',
      'battery',
      'factory',
    ]);
  });

  it('when Chinese function words occur, then they are dropped', () => {
    expect(analyze('我们的工厂').tokens).toEqual(['工厂']);
  });
});

describe('stem', () => {
  it('when a word is plural, then the singular is returned; other words are left alone', () => {
    expect(stem('networks')).toBe('network');
    expect(stem('processes')).toBe('process');
    expect(stem('computing')).toBe('computing');
    expect(stem('analysis')).toBe('analysis');
  });
});

describe('indexTerms and queryTerms', () => {
  it('when a taxonomy term is indexed, then its concept and its parts are indexed', () => {
    expect(indexTerms('边缘计算')).toEqual(
      expect.arrayContaining(['skill:edge-computing', '边缘', '计算']),
    );
  });

  it('when a query names a taxonomy term, then it asks for the concept only', () => {
    expect(queryTerms('确定性网络')).toEqual([
      { surface: '确定性网络', terms: ['skill:tsn'], latin: false, prefix: false },
    ]);
  });

  it('when a Chinese name is queried, then its query term is among the terms indexed for it', () => {
    const indexed = indexTerms('张伟');
    for (const term of queryTerms('张伟').flatMap((t) => t.terms)) expect(indexed).toContain(term);
  });

  it('when the last query word is Latin and not followed by a space, then it is a prefix', () => {
    expect(queryTerms('edge comp').map((t) => t.prefix)).toEqual([false, true]);
    expect(queryTerms('edge comp ').map((t) => t.prefix)).toEqual([false, false]);
  });

  it('when a query repeats a word, then it is asked for once', () => {
    expect(queryTerms('MES mes 制造执行系统')).toHaveLength(1);
  });
});
