import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Form, Input, Select, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CountyCode, LotCreate, Product } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { COUNTIES, countyName } from '@/domain/counties';
import { isMoney, normaliseMoney } from '@/lib/money';
import { catalogueKey, createLot, fetchCatalogue, fetchMySeller, marketKey } from '../api';
import { QuantityField, quantityKg, type QuantityValues } from '../QuantityField';
import { pricePerJin } from '../units';
import { SellerNotice } from './SellerNotice';

interface LotValues extends QuantityValues {
  product_id: string;
  floor_price_per_kg: string;
  harvest_date: Dayjs;
  best_before?: Dayjs | null;
  county_code: CountyCode;
  town?: string;
  unsold: boolean;
  note?: string;
}

const DAY = 'YYYY-MM-DD';

/** The best-before a product's shelf life gives a harvest. */
function defaultBestBefore(product: Product | undefined, harvest: Dayjs | undefined): Dayjs | null {
  return product && harvest ? harvest.add(product.shelf_life_days, 'day') : null;
}

/** 发布货源: a seller lists produce from a phone in under a minute (product, quantity, floor price). */
export function NewLotPage() {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LotValues>();
  const seller = useQuery({ queryKey: [...marketKey, 'my', 'seller'], queryFn: ({ signal }) => fetchMySeller(signal) });
  const catalogue = useQuery({
    queryKey: catalogueKey,
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: 5 * 60_000,
  });
  const products = catalogue.data?.items ?? [];
  const productId = Form.useWatch('product_id', form);
  const product = products.find((p) => p.id === productId);
  const floor = Form.useWatch('floor_price_per_kg', form);

  const create = useMutation({
    mutationFn: (lot: LotCreate) => createLot(lot),
    onSuccess: async () => {
      void message.success(t('market.newLot.created'));
      await queryClient.invalidateQueries({ queryKey: marketKey });
      void navigate('/products/my/lots');
    },
  });

  const submit = (values: LotValues) =>
    create.mutate({
      product_id: values.product_id,
      quantity_kg: quantityKg(values),
      floor_price_per_kg: normaliseMoney(values.floor_price_per_kg),
      harvest_date: values.harvest_date.format(DAY),
      best_before: values.best_before ? values.best_before.format(DAY) : null,
      county_code: values.county_code,
      town: values.town?.trim() || null,
      unsold: values.unsold,
      note: values.note?.trim() || null,
    });

  let body;
  if (seller.isError) body = <ErrorAlert error={seller.error} onRetry={() => void seller.refetch()} />;
  else if (catalogue.isError) body = <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  else if (seller.isPending || catalogue.isPending) body = <Skeleton active />;
  else if (seller.data?.status !== 'admitted') body = <SellerNotice seller={seller.data} />;
  else {
    body = (
      <Form<LotValues>
        form={form}
        layout="vertical"
        className="phone-form"
        data-testid="lot-form"
        initialValues={{
          unit: 'jin',
          harvest_date: dayjs(),
          county_code: seller.data.county_code as CountyCode,
          town: seller.data.town,
          unsold: false,
        }}
        onValuesChange={(changed: Partial<LotValues>, all) => {
          // Best-before follows the product's shelf life until the seller sets it by hand.
          if (('product_id' in changed || 'harvest_date' in changed) && !form.isFieldTouched('best_before')) {
            const chosen = products.find((p) => p.id === all.product_id);
            form.setFieldValue('best_before', defaultBestBefore(chosen, all.harvest_date));
          }
        }}
        onFinish={submit}
      >
        <Form.Item
          name="product_id"
          label={t('market.newLot.product')}
          rules={[{ required: true, message: t('market.newLot.productRequired') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            aria-label={t('market.newLot.product')}
            data-testid="lot-product"
            options={products.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <QuantityField />
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
          <Input inputMode="decimal" placeholder="8.00" data-testid="lot-floor" />
        </Form.Item>
        <div className="form-pair">
          <Form.Item
            name="harvest_date"
            label={t('market.newLot.harvest')}
            rules={[{ required: true, message: t('market.newLot.harvestRequired') }]}
          >
            <DatePicker className="full-width" inputReadOnly allowClear={false} />
          </Form.Item>
          <Form.Item
            name="best_before"
            label={t('market.newLot.bestBefore')}
            extra={product ? t('market.newLot.bestBeforeHint', { days: product.shelf_life_days }) : undefined}
          >
            <DatePicker className="full-width" inputReadOnly data-testid="lot-best-before" />
          </Form.Item>
        </div>
        <div className="form-pair">
          <Form.Item
            name="county_code"
            label={t('market.newLot.county')}
            rules={[{ required: true, message: t('market.newLot.countyRequired') }]}
          >
            <Select
              aria-label={t('market.newLot.county')}
              options={COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code, i18n.language) }))}
            />
          </Form.Item>
          <Form.Item name="town" label={t('market.newLot.town')}>
            <Input maxLength={50} />
          </Form.Item>
        </div>
        <Form.Item name="unsold" valuePropName="checked">
          <Checkbox data-testid="lot-unsold">{t('market.newLot.unsold')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('market.newLot.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {create.isError && <ErrorAlert error={create.error} />}
        <div className="form-buttons">
          <Button onClick={() => void navigate('/products/my/lots')}>{t('market.back')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="lot-submit">
            {t('market.newLot.submit')}
          </Button>
        </div>
      </Form>
    );
  }

  return (
    <div className="phone-page" data-testid="new-lot">
      <PageHeader title={t('market.newLot.title')} description={t('market.newLot.description')} />
      {body}
    </div>
  );
}
