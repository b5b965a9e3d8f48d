import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Pairing } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { formatMoney } from '@/lib/format';
import { normaliseMoney } from '@/lib/money';
import { pairingsKey, productStatsKey, updatePairing } from './api';
import { exceedsPledge, fundsAdded, isFundsAmount } from './funds';

interface FundsForm {
  funds_received: string;
}

interface RecordFundsModalProps {
  /** The pairing; kept while the dialog closes, so that it does not empty as it fades. */
  pairing: Pairing | null;
  open: boolean;
  onClose: () => void;
}

/** "登记到账": the running total of the funds that have arrived for one pairing. */
export function RecordFundsModal({ pairing, open, onClose }: RecordFundsModalProps) {
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FundsForm>();
  const typed = Form.useWatch('funds_received', form);
  const total = isFundsAmount(typed) ? normaliseMoney(typed ?? '') : null;
  const change = pairing && total ? fundsAdded(pairing.funds_received, total) : null;
  const overPledge = pairing !== null && total !== null && exceedsPledge(pairing.funds_pledged, total);

  return (
    <FormModal
      open={open && pairing !== null}
      title={t('pairings.funds.heading')}
      okText={t('pairings.funds.submit')}
      form={form}
      testId="funds-form"
      initialValues={{ funds_received: pairing?.funds_received }}
      onSubmit={(values) => updatePairing(pairing?.id ?? '', { funds_received: normaliseMoney(values.funds_received) })}
      onSuccess={(updated) => {
        void queryClient.invalidateQueries({ queryKey: pairingsKey });
        void queryClient.invalidateQueries({ queryKey: productStatsKey });
        void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
        void message.success(
          t('pairings.funds.success', { enterprise: updated.enterprise, amount: formatMoney(updated.funds_received) }),
        );
      }}
      onClose={onClose}
      fieldErrors={(error) => problemFieldErrors(error, ['funds_received'])}
    >
      {pairing && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'enterprise', label: t('pairings.columns.enterprise'), children: pairing.enterprise },
            {
              key: 'village',
              label: t('pairings.columns.village'),
              children: [pairing.county_name, pairing.town, pairing.village].join(' · '),
            },
            {
              key: 'pledged',
              label: t('pairings.funds.pledged'),
              children: `${formatMoney(pairing.funds_pledged)} ${t('pairings.yuan')}`,
            },
            {
              key: 'previous',
              label: t('pairings.funds.previous'),
              children: `${formatMoney(pairing.funds_received)} ${t('pairings.yuan')}`,
            },
          ]}
        />
      )}
      <Form.Item
        name="funds_received"
        required
        label={t('pairings.funds.total')}
        extra={t('pairings.funds.totalHint')}
        rules={[
          {
            validator: (_, value?: string) =>
              isFundsAmount(value) ? Promise.resolve() : Promise.reject(new Error(t('pairings.amountInvalid'))),
          },
        ]}
      >
        <Input inputMode="decimal" suffix={t('pairings.yuan')} data-testid="funds-total" />
      </Form.Item>
      {change && change !== '0.00' && (
        <Typography.Paragraph data-testid="funds-change">
          {change.startsWith('-')
            ? t('pairings.funds.correction', { amount: formatMoney(change) })
            : t('pairings.funds.change', { amount: formatMoney(change) })}
        </Typography.Paragraph>
      )}
      {overPledge && <Alert type="warning" showIcon message={t('pairings.funds.overPledge')} />}
    </FormModal>
  );
}
