import { z } from 'zod';
import taxonomyJson from './taxonomy.json' with { type: 'json' };

export interface TaxonomySkill {
  id: string;
  zh: string;
  en: string;
  category: string;
  aliases: string[];
}

export interface TaxonomySector {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
}

export interface Taxonomy {
  skills: TaxonomySkill[];
  sectors: TaxonomySector[];
  categories: Record<string, { zh: string; en: string }>;
}

export const taxonomy: Taxonomy = {
  skills: taxonomyJson.skills,
  sectors: taxonomyJson.sectors,
  categories: taxonomyJson.categories,
};

export const skillIds: ReadonlySet<string> = new Set(taxonomy.skills.map((s) => s.id));
export const sectorIds: ReadonlySet<string> = new Set(taxonomy.sectors.map((s) => s.id));

/** Case, width and spacing differences do not make a different name. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function termIndex(entries: Array<{ id: string; zh: string; en: string; aliases: string[] }>) {
  const index = new Map<string, string>();
  for (const entry of entries) {
    for (const term of [entry.id, entry.zh, entry.en, ...entry.aliases]) {
      const key = normalizeTerm(term);
      if (!index.has(key)) index.set(key, entry.id);
    }
  }
  return index;
}

const skillTerms = termIndex(taxonomy.skills);
const sectorTerms = termIndex(taxonomy.sectors);

/** A skill id from its id, Chinese or English name, or an alias. */
export function resolveSkill(term: string): string | undefined {
  return skillTerms.get(normalizeTerm(term));
}

/** A sector id from its id, Chinese or English name, or an alias. */
export function resolveSector(term: string): string | undefined {
  return sectorTerms.get(normalizeTerm(term));
}

export const skillIdSchema = z
  .string()
  .refine((id) => skillIds.has(id), { message: 'is not a skill of the taxonomy' });
export const sectorIdSchema = z
  .string()
  .refine((id) => sectorIds.has(id), { message: 'is not a sector of the taxonomy' });
