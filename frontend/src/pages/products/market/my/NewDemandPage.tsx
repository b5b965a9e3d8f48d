import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CountyCode, DemandCreate, ProductCategory } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { COUNTIES, countyName } from '@/domain/counties';
import { PRODUCT_CATEGORIES } from '@/domain/enums';
import { isMoney, normaliseMoney } from '@/lib/money';
import { catalogueKey, createDemand, fetchCatalogue, fetchMyBuyer, marketKey } from '../api';
import { QuantityField, quantityKg, type QuantityValues } from '../QuantityField';
import { pricePerJin } from '../units';
import { BuyerRegistration } from './BuyerRegistration';

interface DemandValues extends QuantityValues {
  wants: 'product' | 'category';
  product_id?: string;
  category?: ProductCategory;
  ceiling_price_per_kg: string;
  window: [Dayjs, Dayjs];
  county_code: CountyCode;
  max_distance_km?: number | null;
}

const DAY = 'YYYY-MM-DD';

/** 发布需求: a buyer posts what they want (a product or a category, exactly one) from a phone. */
export function NewDemandPage() {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DemandValues>();
  const buyer = useQuery({ queryKey: [...marketKey, 'my', 'buyer'], queryFn: ({ signal }) => fetchMyBuyer(signal) });
  const catalogue = useQuery({
    queryKey: catalogueKey,
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: 5 * 60_000,
  });
  const wants = Form.useWatch('wants', form);
  const ceiling = Form.useWatch('ceiling_price_per_kg', form);

  const create = useMutation({
    mutationFn: (demand: DemandCreate) => createDemand(demand),
    onSuccess: async (demand) => {
      void message.success(t('market.newDemand.created'));
      await queryClient.invalidateQueries({ queryKey: marketKey });
      void navigate(`/products/my/demands/${demand.id}`);
    },
  });

  const submit = (values: DemandValues) =>
    create.mutate({
      product_id: values.wants === 'product' ? values.product_id : null,
      category: values.wants === 'category' ? values.category : null,
      quantity_kg: quantityKg(values),
      ceiling_price_per_kg: normaliseMoney(values.ceiling_price_per_kg),
      wanted_from: values.window[0].format(DAY),
      wanted_until: values.window[1].format(DAY),
      county_code: values.county_code,
      max_distance_km: values.max_distance_km ?? null,
      recurrence: 'none',
    });

  let body;
  if (buyer.isError) body = <ErrorAlert error={buyer.error} onRetry={() => void buyer.refetch()} />;
  else if (catalogue.isError) body = <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  else if (buyer.isPending || catalogue.isPending) body = <Skeleton active />;
  else if (!buyer.data) body = <BuyerRegistration />;
  else {
    body = (
      <Form<DemandValues>
        form={form}
        layout="vertical"
        className="phone-form"
        data-testid="demand-form"
        initialValues={{
          wants: 'product',
          unit: 'jin',
          window: [dayjs(), dayjs().add(14, 'day')],
          county_code: buyer.data.county_code as CountyCode,
        }}
        onFinish={submit}
      >
        <Form.Item name="wants" label={t('market.newDemand.wants')}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="demand-wants">
            <Radio.Button value="product">{t('market.newDemand.byProduct')}</Radio.Button>
            <Radio.Button value="category">{t('market.newDemand.byCategory')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {wants === 'category' ? (
          <Form.Item
            name="category"
            label={t('market.newDemand.category')}
            rules={[{ required: true, message: t('market.newDemand.categoryRequired') }]}
          >
            <Select
              aria-label={t('market.newDemand.category')}
              options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="product_id"
            label={t('market.newDemand.product')}
            rules={[{ required: true, message: t('market.newDemand.productRequired') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('market.newDemand.product')}
              data-testid="demand-product"
              options={(catalogue.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        )}
        <QuantityField />
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
          <Input inputMode="decimal" placeholder="12.00" data-testid="demand-ceiling" />
        </Form.Item>
        <Form.Item
          name="window"
          label={t('market.newDemand.window')}
          rules={[{ required: true, message: t('market.newDemand.windowRequired') }]}
        >
          <DatePicker.RangePicker className="full-width" inputReadOnly allowClear={false} />
        </Form.Item>
        <div className="form-pair">
          <Form.Item name="county_code" label={t('market.newDemand.county')} rules={[{ required: true }]}>
            <Select
              aria-label={t('market.newDemand.county')}
              options={COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code, i18n.language) }))}
            />
          </Form.Item>
          <Form.Item
            name="max_distance_km"
            label={t('market.newDemand.maxDistance')}
            extra={t('market.newDemand.maxDistanceHint')}
          >
            <InputNumber min={1} max={1000} precision={0} inputMode="numeric" className="full-width" />
          </Form.Item>
        </div>
        {create.isError && <ErrorAlert error={create.error} />}
        <div className="form-buttons">
          <Button onClick={() => void navigate('/products/my/demands')}>{t('market.back')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="demand-submit">
            {t('market.newDemand.submit')}
          </Button>
        </div>
      </Form>
    );
  }

  return (
    <div className="phone-page" data-testid="new-demand">
      <PageHeader title={t('market.newDemand.title')} description={t('market.newDemand.description')} />
      {body}
    </div>
  );
}
