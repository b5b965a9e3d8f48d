import { useTranslation } from 'react-i18next';
import { asLanguage, storeLanguage, type Language } from './language';

/** The UI language and a setter that also remembers the choice on this device. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const setLanguage = (language: Language) => {
    storeLanguage(language);
    void i18n.changeLanguage(language);
  };
  return [asLanguage(i18n.resolvedLanguage), setLanguage];
}
