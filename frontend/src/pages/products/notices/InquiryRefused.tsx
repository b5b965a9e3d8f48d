import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicLot } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { Refusal } from './inquiry';

interface RefusedProps {
  why: Refusal;
  error: unknown;
  lot: PublicLot | null;
  onAskNotice: () => void;
}

/** A refusal in the public's words: too fast, enough for today, closed, or the lot gone. */
export function InquiryRefused({ why, error, lot, onAskNotice }: RefusedProps) {
  const { t } = useTranslation('products');
  const warn = (message: string, action?: ReactNode) => (
    <Alert
      type="warning"
      showIcon
      className="form-alert"
      message={message}
      action={action}
      data-testid="inquiry-refused"
    />
  );
  switch (why.kind) {
    case 'tooFast':
      return warn(
        why.seconds
          ? t('publicMarket.inquiry.tooFast', { seconds: why.seconds })
          : t('publicMarket.inquiry.tooFastNow'),
      );
    case 'dailyLimit':
      return warn(t('publicMarket.inquiry.dailyLimit'));
    case 'closed':
      return warn(t('publicMarket.inquiry.closed'));
    case 'lotGone':
      return warn(
        t('publicMarket.inquiry.lotGone', { product: lot?.product_name ?? '' }),
        <Button size="small" onClick={onAskNotice}>
          {t('publicMarket.inquiry.askNotice')}
        </Button>,
      );
    case 'other':
      return <ErrorAlert error={error} />;
  }
}
