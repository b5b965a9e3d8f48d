import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DealStatus, DemandStatus, LotStatus } from '@/api/models';

const LOT_COLOURS: Record<LotStatus, string> = {
  open: 'green',
  partly_sold: 'blue',
  sold_out: 'default',
  expired: 'default',
  withdrawn: 'default',
};
const DEMAND_COLOURS: Record<DemandStatus, string> = {
  open: 'green',
  partly_filled: 'blue',
  filled: 'default',
  cancelled: 'default',
  expired: 'default',
};
const DEAL_COLOURS: Record<DealStatus, string> = {
  proposed: 'orange',
  accepted: 'green',
  shipped: 'blue',
  delivered: 'cyan',
  disputed: 'red',
  settled: 'purple',
  cancelled: 'default',
  withdrawn: 'default',
};

export function LotStatusTag({ status }: { status: LotStatus }) {
  const { t } = useTranslation('products');
  return <Tag color={LOT_COLOURS[status]}>{t(`market.lotStatus.${status}`)}</Tag>;
}

export function DemandStatusTag({ status }: { status: DemandStatus }) {
  const { t } = useTranslation('products');
  return <Tag color={DEMAND_COLOURS[status]}>{t(`market.demandStatus.${status}`)}</Tag>;
}

export function DealStatusTag({ status }: { status: DealStatus }) {
  const { t } = useTranslation('products');
  return (
    <Tag color={DEAL_COLOURS[status]} data-testid="deal-status">
      {t(`market.dealStatus.${status}`)}
    </Tag>
  );
}
