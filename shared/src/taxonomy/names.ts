import { taxonomy } from './index';

type TermLanguage = 'zh' | 'en';

const skills = new Map(taxonomy.skills.map((skill) => [skill.id, skill]));
const sectors = new Map(taxonomy.sectors.map((sector) => [sector.id, sector]));

/**
 * A term's name shown on its own: a tag, an option, a cell, a title, a name listed after a
 * colon. English names are stored as they read inside a sentence ("predictive maintenance",
 * "industrial IoT"), so on their own they start with a capital, the rest as written: acronyms
 * (OPC UA, 5G, TSN) stay as they are. Chinese names are shown as stored.
 */
export function termName(term: { zh: string; en: string }, language: TermLanguage): string {
  const name = term[language];
  return language === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** A skill's name shown on its own (see `termName`); an unknown id shows as itself. */
export function skillName(id: string, language: TermLanguage): string {
  const skill = skills.get(id);
  return skill ? termName(skill, language) : id;
}

/** A sector's name shown on its own (see `termName`); an unknown id shows as itself. */
export function sectorName(id: string, language: TermLanguage): string {
  const sector = sectors.get(id);
  return sector ? termName(sector, language) : id;
}

/** A skill category's name shown on its own; an unknown id shows as itself. */
export function categoryName(id: string, language: TermLanguage): string {
  const category = taxonomy.categories[id];
  return category ? termName(category, language) : id;
}
