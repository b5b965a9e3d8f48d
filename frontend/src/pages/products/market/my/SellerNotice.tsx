import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Seller } from '@/api/models';

/** Why a seller cannot list produce yet: not registered, under review or suspended; nothing when admitted. */
export function SellerNotice({ seller }: { seller: Seller | null }) {
  const { t } = useTranslation('products');
  if (seller?.status === 'admitted') return null;
  const message = !seller
    ? t('market.myLots.noSeller')
    : seller.status === 'pending'
      ? t('market.myLots.pending')
      : t('market.myLots.suspended');
  return <Alert type="info" showIcon message={message} data-testid="seller-notice" />;
}
