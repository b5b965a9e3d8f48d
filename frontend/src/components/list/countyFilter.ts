import i18next from 'i18next';
import { COUNTIES, countyName } from '@/domain/counties';
import type { FilterField } from './FilterBar';

/** The county_code filter shared by the lists that have one, in the current UI language. */
export function countyFilter(): FilterField {
  const language = i18next.language;
  return {
    kind: 'select',
    name: 'county_code',
    placeholder: i18next.t('filter.allCounties'),
    options: COUNTIES.map((county) => ({ value: county.code, label: countyName(county.code, language) })),
  };
}
