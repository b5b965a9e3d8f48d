import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CountyCode } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { countyName } from '@/domain/counties';
import { recordableCounties } from './roles';

/** The counties the user may record for: county staff have their own only, so it is chosen for them. */
export function CountySelect(props: Omit<SelectProps<CountyCode>, 'options'>) {
  const { i18n } = useTranslation();
  const codes = recordableCounties(useCurrentUser());
  return (
    <Select<CountyCode>
      {...props}
      disabled={codes.length === 1}
      options={codes.map((code) => ({ value: code, label: countyName(code, i18n.language) }))}
    />
  );
}

/** The county a form starts with: the county staff's own. */
export function useDefaultCounty(): CountyCode | undefined {
  const codes = recordableCounties(useCurrentUser());
  return codes.length === 1 ? codes[0] : undefined;
}
