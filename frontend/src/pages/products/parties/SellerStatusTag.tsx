import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SellerStatus } from '@/api/models';
import { SELLER_STATUS_COLOURS } from './admission';

export function SellerStatusTag({ status }: { status: SellerStatus }) {
  const { t } = useTranslation('products');
  return (
    <Tag color={SELLER_STATUS_COLOURS[status]} data-testid="seller-status">
      {t(`parties.sellerStatus.${status}`)}
    </Tag>
  );
}
