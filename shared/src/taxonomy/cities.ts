import { normalizeTerm, resolveSkill } from './index';

export interface City {
  /** The name the platform's records use (an expert's or organization's `city`). */
  zh: string;
  en: string;
}

/** The alliance's two cities first, then the cities its members and partners come from. */
export const cities: readonly City[] = [
  { zh: '青岛', en: 'Qingdao' },
  { zh: '深圳', en: 'Shenzhen' },
  { zh: '北京', en: 'Beijing' },
  { zh: '上海', en: 'Shanghai' },
  { zh: '广州', en: 'Guangzhou' },
  { zh: '杭州', en: 'Hangzhou' },
  { zh: '武汉', en: 'Wuhan' },
  { zh: '西安', en: "Xi'an" },
  { zh: '沈阳', en: 'Shenyang' },
  { zh: '济南', en: 'Jinan' },
  { zh: '烟台', en: 'Yantai' },
  { zh: '潍坊', en: 'Weifang' },
  { zh: '威海', en: 'Weihai' },
  { zh: '天津', en: 'Tianjin' },
  { zh: '南京', en: 'Nanjing' },
  { zh: '苏州', en: 'Suzhou' },
  { zh: '成都', en: 'Chengdu' },
  { zh: '重庆', en: 'Chongqing' },
  { zh: '东莞', en: 'Dongguan' },
  { zh: '佛山', en: 'Foshan' },
];

/** Every way a record may spell the city: 青岛, 青岛市, Qingdao. */
export function citySpellings(city: City): string[] {
  return [city.zh, `${city.zh}市`, city.en, city.en.toLowerCase()];
}

const cityByName = new Map<string, City>(
  cities.flatMap((city) => citySpellings(city).map((name) => [normalizeTerm(name), city])),
);

const SEPARATORS = /[\s,，、;；]+/;

/**
 * The city a search word names: the whole word (深圳, 深圳市, Qingdao), or a Chinese city name
 * glued to a skill (深圳边缘计算). A city inside another word is not one: that is a name
 * (西安交通大学, and 青岛啤酒 though 啤酒 names a sector, so sectors do not count here).
 */
function cityOfWord(word: string): { city: City; rest: string } | undefined {
  const whole = cityByName.get(normalizeTerm(word));
  if (whole) return { city: whole, rest: '' };
  for (const city of cities) {
    for (const prefix of [`${city.zh}市`, city.zh]) {
      if (!word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if (rest && resolveSkill(rest)) return { city, rest };
    }
  }
  return undefined;
}

/** A directory search split into the cities it names and the text left to search for. */
export function citiesInQuery(q: string): { cities: City[]; q: string } {
  const found: City[] = [];
  const words: string[] = [];
  for (const word of q.split(SEPARATORS).filter(Boolean)) {
    const named = cityOfWord(word);
    if (!named) {
      words.push(word);
      continue;
    }
    if (!found.includes(named.city)) found.push(named.city);
    if (named.rest) words.push(named.rest);
  }
  return found.length ? { cities: found, q: words.join(' ') } : { cities: [], q };
}

/** The search without the words that name the city `zh` (one glued to a skill keeps the skill). */
export function withoutCity(q: string, zh: string): string {
  return q
    .split(SEPARATORS)
    .filter(Boolean)
    .flatMap((word) => {
      const named = cityOfWord(word);
      if (named?.city.zh !== zh) return [word];
      return named.rest ? [named.rest] : [];
    })
    .join(' ');
}

/** A city's name in the reader's language; a name not in the list as it is. */
export function cityLabel(zh: string, language: 'zh' | 'en'): string {
  const city = cities.find((c) => c.zh === zh);
  return city && language === 'en' ? city.en : zh;
}
