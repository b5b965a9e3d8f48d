import { useTranslation } from 'react-i18next';
import { PublicVerifyPage, verifyWords } from '@/components/verify/PublicVerifyPage';
import { formatDate } from '@/lib/format';
import { fetchPublicCertificate } from '../my/api';

/** /verify/:number, no login: anyone holding a training certificate's number checks that it is genuine. */
export function VerifyCertificatePage() {
  const { t } = useTranslation('training', { keyPrefix: 'verify' });
  return (
    <PublicVerifyPage
      path="/verify"
      data-testid="verify-page"
      fetchCertificate={fetchPublicCertificate}
      words={verifyWords((key) => t(key === 'invalid' ? 'revoked' : key))}
      details={(certificate) => [
        { key: 'name', label: t('name'), children: certificate.name },
        { key: 'programme', label: t('programme'), children: certificate.programme },
        { key: 'session', label: t('session'), children: certificate.session },
        { key: 'completed', label: t('completedOn'), children: formatDate(certificate.completed_on) },
      ]}
    />
  );
}
