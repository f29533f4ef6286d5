import { categoryName, cityLabel, sectorName, skillName } from '@qs/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from './i18n';

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
 * Names of skills, sectors, categories and cities in the user's language, as shown on their own
 * (English ones start with a capital: `termName`). The taxonomy is reference data
 * shipped in `@qs/shared` (the server answers `GET /taxonomy` with the same object), so names are
 * known without a request; an unknown id shows as itself.
 */
export function useTaxonomyLabels(): TaxonomyLabels {
  const { i18n } = useTranslation();
  const language: TermLanguage = toLanguage(i18n.resolvedLanguage) === 'en' ? 'en' : 'zh';
  return useMemo(
    () => ({
      language,
      skill: (id) => skillName(id, language),
      sector: (id) => sectorName(id, language),
      category: (id) => categoryName(id, language),
      city: (zh) => cityLabel(zh, language),
    }),
    [language],
  );
}
