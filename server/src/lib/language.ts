/** The two languages the server writes texts in (match reasons, mail). */
export type Lang = 'zh' | 'en';

/** The caller's language from Accept-Language: English when it comes first, else Chinese. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'zh';
}
