import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealDetail } from '@/api/models';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormModal } from '@/components/form/FormModal';
import { formatMoney } from '@/lib/format';
import { statusNow } from '../conflict';
import { buyersKey } from '../parties/api';
import { actOnDeal, DEAL_STATUSES, dealKey, marketKey } from './api';
import { dealButtons, dealInput, deliveryWithin, isDestructive, type DealStep } from './dealActions';
import { QuantityField, quantityKg, type QuantityValues } from './QuantityField';

type StepValues = Partial<QuantityValues> & { reason?: string };

interface DealActionsProps {
  deal: DealDetail;
  /** Buttons as wide as the screen: on a phone. */
  block?: boolean;
}

/**
 * Exactly the steps the service says this caller may take on the deal now, one button each. Each opens a
 * confirmation that asks for what the step needs: the quantity that arrived for a delivery (it may be less than
 * the deal's; the rest goes back to the lot), a reason to dispute or cancel (the other side reads it), an
 * optional note otherwise.
 */
export function DealActions({ deal, block = false }: DealActionsProps) {
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<DealStep | null>(null);
  const [form] = Form.useForm<StepValues>();
  const actions = dealButtons(deal.allowed_actions);
  if (actions.length === 0) return null;

  async function take(values: StepValues): Promise<DealDetail> {
    if (!action) throw new Error('No action chosen');
    const delivered =
      action === 'deliver' && values.quantity && values.unit
        ? quantityKg({ quantity: values.quantity, unit: values.unit, box_kg: values.box_kg })
        : undefined;
    try {
      return await actOnDeal(deal.id, action, { reason: values.reason, delivered_kg: delivered });
    } catch (error) {
      // Someone else moved the deal first: the page behind the dialog shows where it is now.
      if (statusNow(error, DEAL_STATUSES)) void queryClient.invalidateQueries({ queryKey: dealKey(deal.id) });
      throw error;
    }
  }

  const renderError = (error: unknown) => {
    const now = statusNow(error, DEAL_STATUSES);
    if (!now) return <ErrorAlert error={error} />;
    return (
      <Alert
        className="form-alert"
        type="warning"
        showIcon
        message={formatError(error).title}
        description={t('deal.conflict', { status: t(`market.dealStatus.${now}`) })}
      />
    );
  };

  const input = action ? dealInput(action) : 'none';
  const kg = formatMoney(deal.quantity_kg);
  return (
    <>
      <Flex gap={8} wrap vertical={block} data-testid="deal-actions">
        {actions.map((candidate, index) => (
          <Button
            key={candidate}
            type={index === 0 && !isDestructive(candidate) ? 'primary' : 'default'}
            danger={isDestructive(candidate)}
            block={block}
            size={block ? 'large' : 'middle'}
            onClick={() => setAction(candidate)}
            data-testid={`deal-${candidate}`}
          >
            {t(`deal.action.${candidate}`)}
          </Button>
        ))}
      </Flex>
      <FormModal<StepValues, DealDetail>
        open={action !== null}
        title={action ? t(`deal.action.${action}`) : ''}
        okText={t('deal.form.confirm')}
        danger={action ? isDestructive(action) : false}
        form={form}
        testId="deal-action-form"
        initialValues={action === 'deliver' ? { quantity: Number(deal.quantity_kg), unit: 'kg' } : undefined}
        onSubmit={take}
        onSuccess={(updated) => {
          queryClient.setQueryData(dealKey(updated.id), updated);
          void queryClient.invalidateQueries({ queryKey: marketKey });
          // A settled deal counts towards the buyer's pledge.
          void queryClient.invalidateQueries({ queryKey: buyersKey });
          if (action) void message.success(t(`deal.done.${action}`));
        }}
        onClose={() => setAction(null)}
        renderError={renderError}
      >
        {action && (
          <Typography.Paragraph>
            {t(`deal.confirm.${action}`, {
              product: deal.product_name,
              kg,
              price: deal.price_per_kg,
              amount: formatMoney(deal.amount),
            })}
          </Typography.Paragraph>
        )}
        {input === 'delivery' && (
          <QuantityField
            label={t('deal.form.delivered')}
            check={(delivered) =>
              deliveryWithin(delivered, deal.quantity_kg) ? undefined : t('deal.form.deliveredTooMuch', { kg })
            }
          />
        )}
        {input !== 'none' && (
          <Form.Item
            name="reason"
            label={
              input === 'reason'
                ? t(`deal.form.reason.${action === 'dispute' ? 'dispute' : 'cancel'}`)
                : t('deal.form.note')
            }
            rules={[
              { required: input === 'reason', whitespace: true, message: t('deal.form.reasonRequired') },
              { min: 2, max: 1000, message: t('deal.form.reasonRequired') },
            ]}
          >
            <Input.TextArea
              rows={3}
              maxLength={1000}
              showCount
              placeholder={input === 'reason' ? t('deal.form.reasonPlaceholder') : undefined}
              data-testid="deal-action-reason"
            />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
