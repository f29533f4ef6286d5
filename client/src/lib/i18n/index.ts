import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

const LANGUAGE_STORAGE_KEY = 'qs.language';

const resources = {
  'zh-CN': { translation: zhCN },
  // `satisfies` makes a key missing from the English file a type error.
  en: { translation: en satisfies typeof zhCN },
} as const;

/** Maps a language tag to a supported language: `en-US` → `en`, `zh`/`zh-Hans` → `zh-CN`. */
export function matchLanguage(tag: string | undefined): Language | undefined {
  const lower = tag?.toLowerCase() ?? '';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  return undefined;
}

export function toLanguage(tag: string | undefined): Language {
  return matchLanguage(tag) ?? defaultLanguage;
}

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = toLanguage(language);
}

i18n.on('languageChanged', reflectLanguageInDocument);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    load: 'currentOnly',
    // Chinese is the default: only an explicit ?lng= or an earlier choice switches the language.
    detection: {
      order: ['querystring', 'localStorage'],
      lookupQuerystring: 'lng',
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (detected) => matchLanguage(detected) ?? detected,
    },
    showSupportNotice: false,
    interpolation: { escapeValue: false },
  });

export { i18n };
