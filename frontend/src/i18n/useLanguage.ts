import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage, storeLanguage, type Language } from './language';

/**
 * The UI language and a setter that also remembers the choice on this device. The new language's words (those
 * of the namespaces loaded so far) are fetched before the switch, so the page changes language in one step
 * instead of waiting blank; the switch shows the choice meanwhile. (Ant Design's English is in its core.)
 */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const [requested, setRequested] = useState<Language | null>(null);
  const setLanguage = (language: Language) => {
    storeLanguage(language);
    setRequested(language);
    void i18n
      .loadLanguages(language)
      .catch(() => undefined)
      .then(() => i18n.changeLanguage(language))
      .finally(() => setRequested(null));
  };
  return [requested ?? asLanguage(i18n.resolvedLanguage), setLanguage];
}
