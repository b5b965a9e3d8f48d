import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Modal, Result, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicLot } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { formatMoney } from '@/lib/format';
import { toKilograms } from '../market/units';
import { sendInquiry } from './api';
import { InquiryRefused } from './InquiryRefused';
import { INQUIRY_UNITS, isMobile, normaliseMobile, refusal, toInquiry, type InquiryValues } from './inquiry';

/** Who is asking, kept while the page is open so that a second inquiry need not be typed again. */
export type Contact = Pick<InquiryValues, 'name' | 'organisation' | 'mobile'>;

interface InquiryModalProps {
  notice: { id: string; title: string };
  /** The lot asked about; null: the whole notice. */
  lot: PublicLot | null;
  open: boolean;
  contact: Contact | null;
  onClose: () => void;
  onSent: (contact: Contact) => void;
  /** The lot sold out meanwhile: ask about the notice instead, with what was typed. */
  onAskNotice: () => void;
}

const FIELDS = ['name', 'organisation', 'mobile', 'quantity', 'message'] as const;
const RENAME = { quantity_kg: 'quantity' } as const;
/** The refusal's errors that belong under the form's fields. */
const fieldErrors = (error: unknown) => problemFieldErrors(error, FIELDS, RENAME);

function kilograms(quantity: number | null | undefined, unit: InquiryValues['unit'] | undefined): string | null {
  if (!quantity || !unit || unit === 'kg') return null;
  try {
    return toKilograms(quantity, unit);
  } catch {
    return null;
  }
}

/** "我要采购": name, organisation, mobile, how much and a message, for one lot or the whole notice. The answer
 * comes from staff and the seller on the number given; the seller's own number is never shown. */
export function InquiryModal({ notice, lot, open, contact, onClose, onSent, onAskNotice }: InquiryModalProps) {
  const { t } = useTranslation(['products', 'common']);
  const [form] = Form.useForm<InquiryValues>();
  const send = useMutation({
    mutationFn: (values: InquiryValues) => sendInquiry(notice.id, toInquiry(values, lot?.id ?? null)),
    onSuccess: (_, values) => onSent({ name: values.name, organisation: values.organisation, mobile: values.mobile }),
    onError: (error) => form.setFields(fieldErrors(error)),
  });
  const quantity = Form.useWatch('quantity', form);
  const unit = Form.useWatch('unit', form);
  const inKg = kilograms(quantity, unit);
  const why = send.error ? refusal(send.error) : null;
  const underFields = send.error !== null && fieldErrors(send.error).length > 0;

  const sent = send.isSuccess;
  const footer = sent
    ? [
        <Button key="done" type="primary" onClick={onClose} data-testid="inquiry-done">
          {t('publicMarket.inquiry.done')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>,
        <Button
          key="send"
          type="primary"
          loading={send.isPending}
          onClick={() => form.submit()}
          data-testid="inquiry-submit"
        >
          {t('publicMarket.inquiry.submit')}
        </Button>,
      ];

  return (
    <Modal
      open={open}
      title={t('publicMarket.inquiry.title')}
      footer={footer}
      onCancel={onClose}
      afterClose={send.reset}
      destroyOnHidden
      className="inquiry-modal"
    >
      {sent ? (
        <div data-testid="inquiry-sent">
          <Result
            status="success"
            title={t('publicMarket.inquiry.sent')}
            subTitle={t('publicMarket.inquiry.sentDetail', { mobile: normaliseMobile(send.variables.mobile) })}
          />
        </div>
      ) : (
        <>
          <Typography.Paragraph className="inquiry-about">
            {lot
              ? t('publicMarket.inquiry.aboutLot', {
                  product: lot.product_name,
                  price: lot.price_per_kg,
                  kg: formatMoney(lot.remaining_kg),
                })
              : t('publicMarket.inquiry.aboutNotice', { title: notice.title })}
          </Typography.Paragraph>
          {why && !underFields && (
            <InquiryRefused
              why={why}
              error={send.error}
              lot={lot}
              onAskNotice={() => {
                send.reset();
                onAskNotice();
              }}
            />
          )}
          <Form<InquiryValues>
            form={form}
            layout="vertical"
            requiredMark="optional"
            initialValues={{ ...contact, unit: 'jin' }}
            onFinish={(values) => send.mutate(values)}
            data-testid="inquiry-form"
            className="inquiry-form"
          >
            <Form.Item
              name="name"
              label={t('publicMarket.inquiry.name')}
              rules={[
                { required: true, whitespace: true, min: 2, max: 100, message: t('publicMarket.inquiry.nameRequired') },
              ]}
            >
              <Input maxLength={100} autoComplete="name" data-testid="inquiry-name" />
            </Form.Item>
            <Form.Item
              name="organisation"
              label={t('publicMarket.inquiry.organisation')}
              rules={[{ min: 2, max: 100, message: t('publicMarket.inquiry.organisationInvalid') }]}
            >
              <Input
                maxLength={100}
                autoComplete="organization"
                placeholder={t('publicMarket.inquiry.organisationPlaceholder')}
                data-testid="inquiry-organisation"
              />
            </Form.Item>
            <Form.Item
              name="mobile"
              label={t('publicMarket.inquiry.mobile')}
              rules={[
                {
                  required: true,
                  message: t('publicMarket.inquiry.mobileRequired'),
                  validator: (_, value?: string) =>
                    value && isMobile(value) ? Promise.resolve() : Promise.reject(new Error()),
                },
              ]}
              extra={t('publicMarket.inquiry.privacy')}
            >
              <Input
                type="tel"
                inputMode="tel"
                maxLength={20}
                autoComplete="tel"
                className="mono"
                data-testid="inquiry-mobile"
              />
            </Form.Item>
            <Form.Item
              label={t('publicMarket.inquiry.quantity')}
              extra={inKg ? t('publicMarket.inquiry.inKg', { kg: formatMoney(inKg) }) : undefined}
            >
              <Space.Compact block>
                <Form.Item name="quantity" noStyle>
                  <InputNumber
                    min={0.01}
                    max={100_000_000}
                    precision={2}
                    inputMode="decimal"
                    className="full-width"
                    aria-label={t('publicMarket.inquiry.quantity')}
                    data-testid="inquiry-quantity"
                  />
                </Form.Item>
                <Form.Item name="unit" noStyle>
                  <Select
                    className="unit-select"
                    aria-label={t('publicMarket.inquiry.unit')}
                    options={INQUIRY_UNITS.map((u) => ({ value: u, label: t(`market.unit.${u}`) }))}
                  />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item
              name="message"
              label={t('publicMarket.inquiry.message')}
              rules={[
                { required: true, whitespace: true, max: 2000, message: t('publicMarket.inquiry.messageRequired') },
              ]}
            >
              <Input.TextArea
                rows={3}
                maxLength={2000}
                showCount
                placeholder={t('publicMarket.inquiry.messagePlaceholder')}
                data-testid="inquiry-message"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
