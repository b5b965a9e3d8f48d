import { useTranslation } from 'react-i18next';
import type { Notice } from '@/api/models';
import { countyName } from '@/domain/counties';

/** Whose a notice is, in the UI language: its county, or the whole city. */
export function useScope(): (notice: Pick<Notice, 'county_code'>) => string {
  const { t, i18n } = useTranslation('products');
  return (notice) => (notice.county_code ? countyName(notice.county_code, i18n.language) : t('notices.cityWide'));
}
