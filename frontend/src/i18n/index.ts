import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SOURCE_LANGUAGE, storedLanguage } from './language';
import { NAMESPACES, resources } from './resources';

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: SOURCE_LANGUAGE,
  supportedLngs: ['zh-CN', 'en'],
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export default i18n;
