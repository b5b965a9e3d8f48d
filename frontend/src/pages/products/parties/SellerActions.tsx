import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SellerAction, SellerDetail } from '@/api/models';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormModal } from '@/components/form/FormModal';
import { statusNow } from '../conflict';
import { isDestructive, reasonRequired, sellerActionName, sellerButtons } from './admission';
import { actOnSeller, SELLER_STATUSES, sellerKey, sellersKey } from './api';

interface ReasonValues {
  reason?: string;
}

/**
 * Exactly the admission steps the service says this caller may take now, one button each; each opens a
 * confirmation that asks for a reason to suspend (the seller reads it) and takes an optional note otherwise.
 */
export function SellerActions({ seller }: { seller: SellerDetail }) {
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<SellerAction | null>(null);
  const [form] = Form.useForm<ReasonValues>();
  const actions = sellerButtons(seller.allowed_actions);
  if (actions.length === 0) {
    return <Typography.Text type="secondary">{t('parties.seller.actions.none')}</Typography.Text>;
  }

  async function take({ reason }: ReasonValues): Promise<SellerDetail> {
    if (!action) throw new Error('No action chosen');
    try {
      return await actOnSeller(seller.id, action, reason);
    } catch (error) {
      // Someone else moved the seller first: the page behind the dialog shows where it is now.
      if (statusNow(error, SELLER_STATUSES)) void queryClient.invalidateQueries({ queryKey: sellerKey(seller.id) });
      throw error;
    }
  }

  const renderError = (error: unknown) => {
    const now = statusNow(error, SELLER_STATUSES);
    if (!now) return <ErrorAlert error={error} />;
    return (
      <Alert
        className="form-alert"
        type="warning"
        showIcon
        message={formatError(error).title}
        description={t('parties.seller.conflict', { status: t(`parties.sellerStatus.${now}`) })}
      />
    );
  };

  const required = action !== null && reasonRequired(action);
  const name = (candidate: SellerAction) => sellerActionName(candidate, seller.status);
  return (
    <>
      <Flex gap={8} wrap data-testid="seller-actions">
        {actions.map((candidate, index) => (
          <Button
            key={candidate}
            type={index === 0 && !isDestructive(candidate) ? 'primary' : 'default'}
            danger={isDestructive(candidate)}
            onClick={() => setAction(candidate)}
            data-testid={`seller-${candidate}`}
          >
            {t(`parties.sellerAction.${name(candidate)}`)}
          </Button>
        ))}
      </Flex>
      <FormModal<ReasonValues, SellerDetail>
        open={action !== null}
        title={action ? t(`parties.sellerAction.${name(action)}`) : ''}
        okText={t('parties.seller.actions.confirm')}
        danger={action ? isDestructive(action) : false}
        form={form}
        testId="seller-action-form"
        onSubmit={take}
        onSuccess={(updated) => {
          queryClient.setQueryData(sellerKey(updated.id), updated);
          void queryClient.invalidateQueries({ queryKey: sellersKey });
          if (action) void message.success(t(`parties.seller.done.${name(action)}`, { name: updated.name }));
        }}
        onClose={() => setAction(null)}
        renderError={renderError}
      >
        {action && (
          <Typography.Paragraph>
            {t(`parties.seller.confirm.${name(action)}`, { name: seller.name })}
          </Typography.Paragraph>
        )}
        <Form.Item
          name="reason"
          label={required ? t('parties.seller.actions.reason') : t('parties.seller.actions.note')}
          rules={[
            { required, whitespace: true, message: t('parties.seller.actions.reasonRequired') },
            { min: 2, max: 1000, message: t('parties.seller.actions.reasonRequired') },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={required ? t('parties.seller.actions.reasonPlaceholder') : undefined}
            data-testid="seller-action-reason"
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
