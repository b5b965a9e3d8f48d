import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SOURCE_LANGUAGE, storedLanguage } from './language';
import { BUNDLED, chunkBackend } from './loaders';

// The words of the login page and the app's frame come with the first download, in Chinese; every other
// namespace (and English) is a chunk of its own, loaded when a page needs it (routes/page.tsx asks for a
// page's namespace with its code, and useTranslation suspends until a namespace is there).
void i18n
  .use(chunkBackend)
  .use(initReactI18next)
  .init({
    resources: { [SOURCE_LANGUAGE]: BUNDLED },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: ['zh-CN', 'en'],
    ns: Object.keys(BUNDLED),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export default i18n;
