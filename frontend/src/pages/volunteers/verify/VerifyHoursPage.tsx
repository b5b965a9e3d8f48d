import { useTranslation } from 'react-i18next';
import { PublicVerifyPage, verifyWords } from '@/components/verify/PublicVerifyPage';
import { formatDate } from '@/lib/format';
import { fetchPublicHoursCertificate } from '../my/api';

/** /verify-hours/:number, no login: anyone holding a volunteer hours certificate's number checks it. */
export function VerifyHoursPage() {
  const { t } = useTranslation('volunteers', { keyPrefix: 'verifyHours' });
  return (
    <PublicVerifyPage
      path="/verify-hours"
      data-testid="verify-hours-page"
      fetchCertificate={fetchPublicHoursCertificate}
      words={verifyWords((key) => t(key))}
      details={(certificate) => [
        { key: 'holder', label: t('holder'), children: certificate.holder },
        {
          key: 'hours',
          label: t('hours'),
          children: t('hoursValue', { hours: certificate.hours, minutes: certificate.minutes }),
        },
        { key: 'issued', label: t('issuedOn'), children: formatDate(certificate.issued_on) },
      ]}
    />
  );
}
