import { cityLabel, taxonomy } from '@qs/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from './i18n';

const skills = new Map(taxonomy.skills.map((skill) => [skill.id, skill]));
const sectors = new Map(taxonomy.sectors.map((sector) => [sector.id, sector]));

export type TermLanguage = 'zh' | 'en';

export interface TaxonomyLabels {
  language: TermLanguage;
  skill: (id: string) => string;
  sector: (id: string) => string;
  category: (id: string) => string;
  /** A city as records store it (青岛), in English when known (Qingdao). */
  city: (zh: string) => string;
}

/**
 * Names of skills, sectors, categories and cities in the user's language. The taxonomy is reference data
 * shipped in `@qs/shared` (the server answers `GET /taxonomy` with the same object), so names are
 * known without a request; an unknown id shows as itself.
 */
export function useTaxonomyLabels(): TaxonomyLabels {
  const { i18n } = useTranslation();
  const language: TermLanguage = toLanguage(i18n.resolvedLanguage) === 'en' ? 'en' : 'zh';
  return useMemo(
    () => ({
      language,
      skill: (id) => skills.get(id)?.[language] ?? id,
      sector: (id) => sectors.get(id)?.[language] ?? id,
      category: (id) => taxonomy.categories[id]?.[language] ?? id,
      city: (zh) => cityLabel(zh, language),
    }),
    [language],
  );
}
