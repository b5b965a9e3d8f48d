import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Lot } from '@/api/models';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { formatMoney } from '@/lib/format';
import { isMoney } from '@/lib/money';
import { statusNow } from '../conflict';
import { editLot, LOT_STATUSES, marketKey } from './api';
import { conflictKg, lotCorrection, lotUpdate, staysAboveTaken, takenKg, type LotCorrection } from './corrections';
import { QuantityField } from './QuantityField';
import { pricePerJin } from './units';

const FIELDS = ['quantity', 'floor_price_per_kg', 'best_before', 'unsold', 'town', 'note'];

/** Why the service refused a correction, said plainly above the form. */
export function Refused({ text }: { text: string }) {
  return <Alert className="error-alert" type="error" showIcon message={text} data-testid="edit-refused" />;
}

interface EditLotModalProps {
  /** The lot; kept while the dialog closes, so that it does not empty as it fades. */
  lot: Lot | null;
  open: boolean;
  onClose: () => void;
}

/** 修改货源: the seller (on a phone) or staff correct a lot on offer; only what they change is sent. */
export function EditLotModal({ lot, open, onClose }: EditLotModalProps) {
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LotCorrection>();
  const floor = Form.useWatch('floor_price_per_kg', form);
  const sold = lot ? takenKg(lot.quantity_kg, lot.remaining_kg) : '0.00';
  const hasSold = Number(sold) > 0;

  const submit = async (values: LotCorrection): Promise<Lot | null> => {
    if (!lot) return null;
    const update = lotUpdate(lot, values);
    if (Object.keys(update).length === 0) return null;
    try {
      return await editLot(lot.id, update);
    } catch (error) {
      // Sold further or gone meanwhile: the list behind the dialog shows the lot as it is now.
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: marketKey });
      throw error;
    }
  };

  // A 409 in the seller's words: deals have taken more than the new total, or the lot is no longer on offer.
  const refusal = (error: unknown) => {
    const soldNow = conflictKg(error, 'sold_kg');
    const now = statusNow(error, LOT_STATUSES);
    if (soldNow) return <Refused text={t('market.edit.sold', { kg: formatMoney(soldNow) })} />;
    if (now) return <Refused text={t('market.edit.lotGone', { status: t(`market.lotStatus.${now}`) })} />;
    return <ErrorAlert error={error} />;
  };

  return (
    <FormModal<LotCorrection, Lot | null>
      open={open && lot !== null}
      title={t('market.edit.lotTitle')}
      okText={t('market.edit.save')}
      form={form}
      testId="edit-lot-form"
      initialValues={lot ? lotCorrection(lot) : undefined}
      onSubmit={submit}
      onSuccess={(edited) => {
        if (!edited) {
          void message.info(t('market.edit.unchanged'));
          return;
        }
        void message.success(t('market.edit.saved'));
        void queryClient.invalidateQueries({ queryKey: marketKey });
      }}
      onClose={onClose}
      fieldErrors={(error) => problemFieldErrors(error, FIELDS, { quantity_kg: 'quantity' })}
      renderError={refusal}
    >
      {lot && (
        <div className="edit-summary">
          <Typography.Text strong>
            {lot.product_name} · {lot.seller_name}
          </Typography.Text>
          <Typography.Text type="secondary" className="small-text">
            {t('market.edit.harvested', { date: lot.harvest_date })}
          </Typography.Text>
          {hasSold && (
            <Typography.Text type="secondary" className="small-text">
              {t('market.edit.soldSoFar', { kg: formatMoney(sold) })}
            </Typography.Text>
          )}
        </div>
      )}
      <QuantityField
        label={t('market.edit.total')}
        check={(kg) => (staysAboveTaken(kg, sold) ? undefined : t('market.edit.sold', { kg: formatMoney(sold) }))}
      />
      <Form.Item
        name="floor_price_per_kg"
        required
        label={t('market.newLot.floor')}
        extra={floor && isMoney(floor) ? t('market.perJin', { price: pricePerJin(floor) }) : undefined}
        rules={[
          {
            validator: (_, value?: string) =>
              value && isMoney(value) && Number(value) > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('market.newLot.floorRequired'))),
          },
        ]}
      >
        <Input inputMode="decimal" data-testid="edit-floor" />
      </Form.Item>
      <div className="form-pair">
        <Form.Item
          name="best_before"
          label={t('market.newLot.bestBefore')}
          rules={[{ required: true, message: t('market.edit.bestBeforeRequired') }]}
        >
          <DatePicker
            className="full-width"
            inputReadOnly
            allowClear={false}
            disabledDate={(day) => lot !== null && day.isBefore(dayjs(lot.harvest_date), 'day')}
            data-testid="edit-best-before"
          />
        </Form.Item>
        <Form.Item name="town" label={t('market.newLot.town')}>
          <Input maxLength={50} />
        </Form.Item>
      </div>
      <Form.Item name="unsold" valuePropName="checked" label={t('market.newLot.unsold')}>
        <Switch data-testid="edit-unsold" />
      </Form.Item>
      <Form.Item name="note" label={t('market.newLot.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
