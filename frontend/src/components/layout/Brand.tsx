import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function Brand({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    // The accessible name begins with the name shown (乡青), so a voice command saying it finds the link.
    <Link to="/" className="brand" aria-label={`${t('app.name')} · ${t('app.fullName')}`}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {!compact && <span className="brand-name">{t('app.name')}</span>}
    </Link>
  );
}
