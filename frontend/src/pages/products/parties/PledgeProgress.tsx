import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Buyer } from '@/api/models';
import { pledgeBar } from './pledge';

/** A buyer's pledge progress as a small bar, its percentage as the service counts it (above 100 when
 * exceeded); a dash without a pledge. */
export function PledgeProgress({ buyer, size = 'small' }: { buyer: Buyer; size?: 'small' | 'default' }) {
  const { t } = useTranslation('products');
  const bar = pledgeBar(buyer.pledge_progress);
  if (!bar) return <Typography.Text type="secondary">{t('parties.buyers.noPledge')}</Typography.Text>;
  return (
    <Progress
      percent={bar.percent}
      size={size}
      status={bar.met ? 'success' : 'normal'}
      format={() => `${buyer.pledge_progress}%`}
      aria-label={t('parties.buyers.progress')}
      data-testid="pledge-progress"
    />
  );
}
