import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/i18n/language';
import { useLanguage } from '@/i18n/useLanguage';

/** 中文 / English, remembered on this device. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const labels: Record<Language, string> = { 'zh-CN': t('language.zh'), en: t('language.en') };
  return (
    <Segmented<Language>
      size={size}
      aria-label={t('language.label')}
      data-testid="language-switch"
      value={language}
      onChange={setLanguage}
      options={LANGUAGES.map((value) => ({ value, label: labels[value] }))}
    />
  );
}
