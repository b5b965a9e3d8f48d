import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BuyerKind, CountyCode } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { COUNTIES, countyName } from '@/domain/counties';
import { isMoney, normaliseMoney } from '@/lib/money';
import { BUYER_KINDS, registerBuyer } from '../../parties/api';
import { marketKey } from '../api';

interface BuyerValues {
  kind: BuyerKind;
  name: string;
  county_code: CountyCode;
  delivery_address: string;
  yearly_pledge?: string;
}

const FIELDS = ['kind', 'name', 'county_code', 'delivery_address', 'yearly_pledge'];
// The service's bound on a pledge: ten billion yuan.
const LARGEST_PLEDGE = 10_000_000_000;

/** 登记为采购方: a buyer's account registers itself from the phone and posts demands at once (a buyer needs
 * no admission). A pledge is optional; without a year it counts for this one. */
export function BuyerRegistration() {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BuyerValues>();
  const register = useMutation({
    mutationFn: (values: BuyerValues) =>
      registerBuyer({
        kind: values.kind,
        name: values.name.trim(),
        county_code: values.county_code,
        delivery_address: values.delivery_address.trim(),
        yearly_pledge: values.yearly_pledge?.trim() ? normaliseMoney(values.yearly_pledge) : null,
      }),
    onSuccess: async () => {
      void message.success(t('parties.registerBuyer.done'));
      await queryClient.invalidateQueries({ queryKey: marketKey });
    },
    onError: (error) => form.setFields(problemFieldErrors(error, FIELDS)),
  });

  return (
    <Card
      size="small"
      title={t('parties.registerBuyer.title')}
      className="detail-card"
      data-testid="buyer-registration"
    >
      <Typography.Paragraph type="secondary">{t('market.myDemands.noBuyer')}</Typography.Paragraph>
      <Form<BuyerValues>
        form={form}
        layout="vertical"
        className="phone-form"
        data-testid="buyer-form"
        onFinish={(values) => register.mutate(values)}
      >
        <Form.Item
          name="kind"
          label={t('parties.registerBuyer.kind')}
          rules={[{ required: true, message: t('parties.registerBuyer.kindRequired') }]}
        >
          <Select
            aria-label={t('parties.registerBuyer.kind')}
            options={BUYER_KINDS.map((k) => ({ value: k, label: t(`parties.buyerKind.${k}`) }))}
            data-testid="buyer-kind"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('parties.registerBuyer.name')}
          extra={t('parties.registerBuyer.nameHint')}
          rules={[
            { required: true, whitespace: true, min: 2, max: 100, message: t('parties.registerBuyer.nameRequired') },
          ]}
        >
          <Input maxLength={100} data-testid="buyer-name" />
        </Form.Item>
        <Form.Item
          name="county_code"
          label={t('parties.registerBuyer.county')}
          rules={[{ required: true, message: t('parties.registerBuyer.countyRequired') }]}
        >
          <Select
            aria-label={t('parties.registerBuyer.county')}
            options={COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code, i18n.language) }))}
          />
        </Form.Item>
        <Form.Item
          name="delivery_address"
          label={t('parties.registerBuyer.address')}
          rules={[
            { required: true, whitespace: true, min: 2, max: 200, message: t('parties.registerBuyer.addressRequired') },
          ]}
        >
          <Input maxLength={200} data-testid="buyer-address" />
        </Form.Item>
        <Form.Item
          name="yearly_pledge"
          label={t('parties.registerBuyer.pledge')}
          extra={t('parties.registerBuyer.pledgeHint')}
          rules={[
            {
              validator: (_, value?: string) =>
                !value?.trim() || (isMoney(value) && Number(value) > 0 && Number(value) <= LARGEST_PLEDGE)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('parties.registerBuyer.pledgeInvalid'))),
            },
          ]}
        >
          <Input inputMode="decimal" placeholder="500000" data-testid="buyer-pledge" />
        </Form.Item>
        {register.isError && <ErrorAlert error={register.error} />}
        <Button
          type="primary"
          size="large"
          block
          htmlType="submit"
          loading={register.isPending}
          data-testid="buyer-submit"
        >
          {t('parties.registerBuyer.submit')}
        </Button>
      </Form>
    </Card>
  );
}
