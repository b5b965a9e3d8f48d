export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SOURCE_LANGUAGE: Language = 'zh-CN';
const STORAGE_KEY = 'xq.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The language the user last chose on this device; Chinese until they choose. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : SOURCE_LANGUAGE;
  } catch {
    return SOURCE_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

export function asLanguage(value: string | undefined): Language {
  return isLanguage(value) ? value : SOURCE_LANGUAGE;
}
