import i18next from 'i18next';
import { COUNTIES, countyName } from '@/domain/counties';
import type { FilterField } from './FilterBar';

/** The county filter shared by the lists that have one, in the current UI language; its query parameter
 * is `county_code` unless the list calls it otherwise. */
export function countyFilter(name = 'county_code'): FilterField {
  const language = i18next.language;
  return {
    kind: 'select',
    name,
    placeholder: i18next.t('filter.allCounties'),
    options: COUNTIES.map((county) => ({ value: county.code, label: countyName(county.code, language) })),
  };
}
