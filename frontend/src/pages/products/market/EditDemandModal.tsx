import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Demand } from '@/api/models';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { formatMoney } from '@/lib/format';
import { isMoney } from '@/lib/money';
import { statusNow } from '../conflict';
import { DEMAND_STATUSES, editDemand, marketKey } from './api';
import {
  conflictKg,
  demandCorrection,
  demandUpdate,
  staysAboveTaken,
  takenKg,
  type DemandCorrection,
} from './corrections';
import { Refused } from './EditLotModal';
import { QuantityField } from './QuantityField';
import { pricePerJin } from './units';

const FIELDS = ['quantity', 'ceiling_price_per_kg', 'window', 'max_distance_km'];
const RENAMED = { quantity_kg: 'quantity', wanted_from: 'window', wanted_until: 'window' };

interface EditDemandModalProps {
  /** The demand; kept while the dialog closes, so that it does not empty as it fades. */
  demand: Demand | null;
  open: boolean;
  onClose: () => void;
}

/** 修改需求: the buyer (on a phone) or staff correct a demand still wanted; only what they change is sent. */
export function EditDemandModal({ demand, open, onClose }: EditDemandModalProps) {
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DemandCorrection>();
  const ceiling = Form.useWatch('ceiling_price_per_kg', form);
  const filled = demand ? takenKg(demand.quantity_kg, demand.remaining_kg) : '0.00';
  const subject = demand && (demand.product_name ?? (demand.category ? t(`category.${demand.category}`) : ''));

  const submit = async (values: DemandCorrection): Promise<Demand | null> => {
    if (!demand) return null;
    const update = demandUpdate(demand, values);
    if (Object.keys(update).length === 0) return null;
    try {
      return await editDemand(demand.id, update);
    } catch (error) {
      // Filled further or gone meanwhile: the page behind the dialog shows the demand as it is now.
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: marketKey });
      throw error;
    }
  };

  const refusal = (error: unknown) => {
    const filledNow = conflictKg(error, 'filled_kg');
    const now = statusNow(error, DEMAND_STATUSES);
    if (filledNow) return <Refused text={t('market.edit.filled', { kg: formatMoney(filledNow) })} />;
    if (now) return <Refused text={t('market.edit.demandGone', { status: t(`market.demandStatus.${now}`) })} />;
    return <ErrorAlert error={error} />;
  };

  return (
    <FormModal<DemandCorrection, Demand | null>
      open={open && demand !== null}
      title={t('market.edit.demandTitle')}
      okText={t('market.edit.save')}
      form={form}
      testId="edit-demand-form"
      initialValues={demand ? demandCorrection(demand) : undefined}
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
      fieldErrors={(error) => problemFieldErrors(error, FIELDS, RENAMED)}
      renderError={refusal}
    >
      {demand && (
        <div className="edit-summary">
          <Typography.Text strong>
            {subject} · {demand.buyer_name}
          </Typography.Text>
          {Number(filled) > 0 && (
            <Typography.Text type="secondary" className="small-text">
              {t('market.edit.filledSoFar', { kg: formatMoney(filled) })}
            </Typography.Text>
          )}
        </div>
      )}
      <QuantityField
        label={t('market.edit.total')}
        check={(kg) => (staysAboveTaken(kg, filled) ? undefined : t('market.edit.filled', { kg: formatMoney(filled) }))}
      />
      <Form.Item
        name="ceiling_price_per_kg"
        required
        label={t('market.newDemand.ceiling')}
        extra={ceiling && isMoney(ceiling) ? t('market.perJin', { price: pricePerJin(ceiling) }) : undefined}
        rules={[
          {
            validator: (_, value?: string) =>
              value && isMoney(value) && Number(value) > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('market.newDemand.ceilingRequired'))),
          },
        ]}
      >
        <Input inputMode="decimal" data-testid="edit-ceiling" />
      </Form.Item>
      <Form.Item
        name="window"
        label={t('market.newDemand.window')}
        rules={[{ required: true, message: t('market.newDemand.windowRequired') }]}
      >
        <DatePicker.RangePicker className="full-width" inputReadOnly allowClear={false} />
      </Form.Item>
      <Form.Item
        name="max_distance_km"
        label={t('market.newDemand.maxDistance')}
        extra={t('market.newDemand.maxDistanceHint')}
      >
        <InputNumber
          min={0}
          max={1000}
          precision={0}
          inputMode="numeric"
          placeholder={t('market.edit.anyDistance')}
          className="full-width"
          data-testid="edit-max-distance"
        />
      </Form.Item>
    </FormModal>
  );
}
