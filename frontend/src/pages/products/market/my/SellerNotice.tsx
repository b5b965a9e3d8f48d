import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Seller } from '@/api/models';
import { SellerRegistration } from './SellerRegistration';

/** Why a seller cannot list produce yet: not registered (then the form to register), under review, or
 * suspended (with the reason staff gave); nothing when admitted. */
export function SellerNotice({ seller }: { seller: Seller | null }) {
  const { t } = useTranslation('products');
  if (seller?.status === 'admitted') return null;
  if (!seller) return <SellerRegistration />;
  if (seller.status === 'pending') {
    return <Alert type="info" showIcon message={t('market.myLots.pending')} data-testid="seller-notice" />;
  }
  const reason = seller.transitions.findLast((step) => step.action === 'suspend')?.reason;
  return (
    <Alert
      type="warning"
      showIcon
      message={t('market.myLots.suspended')}
      description={reason ? t('parties.register.suspendedBecause', { reason }) : undefined}
      data-testid="seller-notice"
    />
  );
}
