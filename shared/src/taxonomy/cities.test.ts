import { describe, expect, it } from 'vitest';
import { cityLabel, citiesInQuery, withoutCity } from './cities';

const names = (q: string) => {
  const found = citiesInQuery(q);
  return { cities: found.cities.map((city) => city.zh), q: found.q };
};

describe('cities named in a search', () => {
  it('when a word is a city in Chinese, with 市 or in pinyin, then it leaves the text', () => {
    expect(names('深圳 边缘计算')).toEqual({ cities: ['深圳'], q: '边缘计算' });
    expect(names('青岛市，MES')).toEqual({ cities: ['青岛'], q: 'MES' });
    expect(names('qingdao MES shenzhen')).toEqual({ cities: ['青岛', '深圳'], q: 'MES' });
  });

  it('when a city is glued to a skill, then both are read; inside a name, neither', () => {
    expect(names('深圳边缘计算')).toEqual({ cities: ['深圳'], q: '边缘计算' });
    expect(names('青岛市MES')).toEqual({ cities: ['青岛'], q: 'MES' });
    expect(names('西安交通大学')).toEqual({ cities: [], q: '西安交通大学' });
    expect(names('青岛啤酒 质量')).toEqual({ cities: [], q: '青岛啤酒 质量' });
  });

  it('when one city is removed, then the other words stay and a glued skill is kept', () => {
    expect(withoutCity('深圳 边缘计算 青岛', '深圳')).toBe('边缘计算 青岛');
    expect(withoutCity('深圳边缘计算', '深圳')).toBe('边缘计算');
  });

  it('when a city is shown in English, then its pinyin name is used; an unknown one stays as written', () => {
    expect(cityLabel('深圳', 'en')).toBe('Shenzhen');
    expect(cityLabel('深圳', 'zh')).toBe('深圳');
    expect(cityLabel('导入市', 'en')).toBe('导入市');
  });
});
