/**
 * UI language: Simplified Chinese by default, English where the browser's language is English.
 * Each UI area keeps its own message table of {zh, en} pairs (lib/i18n/page.ts, collection.ts)
 * and gets a typed translator for it; a missing key is a type error, not a blank label.
 */

export type Language = 'zh' | 'en';

export type MessageTable = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;

/** English only when the browser's first language is English; everything else reads Chinese. */
export function detectLanguage(languages: readonly string[] = defaultLanguages()): Language {
  const first = (languages[0] ?? '').toLowerCase();
  return first === 'en' || first.startsWith('en-') ? 'en' : 'zh';
}

function defaultLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  if (nav?.languages?.length) return nav.languages;
  return nav?.language ? [nav.language] : [];
}

export type Translator<T extends MessageTable> = (key: keyof T & string, params?: Record<string, string | number>) => string;

/** t('itemsFound', {count: 3}) fills {count} in the chosen language's text. */
export function translator<T extends MessageTable>(table: T, language: Language = detectLanguage()): Translator<T> {
  return (key, params) => {
    const text = table[key][language];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
}
