import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlatformCreate } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { countyName } from '@/domain/counties';
import { createPlatform, platformsKey, productStatsKey } from './api';
import { CountySelect, useDefaultCounty } from './CountySelect';
import { useCatalogue } from './useCatalogue';

const FIELDS = ['name', 'county_code', 'operator', 'product_ids'];

/** "新增平台": a youth e-commerce service platform in the staff's county, and the products it sells. */
export function AddPlatformButton() {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PlatformCreate>();
  const county = useDefaultCounty();
  const { catalogue, products } = useCatalogue();

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="add-platform">
        {t('platforms.create.button')}
      </Button>
      <FormModal
        open={open}
        title={t('platforms.create.heading')}
        okText={t('platforms.create.submit')}
        form={form}
        testId="platform-form"
        initialValues={{ county_code: county, product_ids: [] }}
        onSubmit={(values) => createPlatform({ ...values, name: values.name.trim(), operator: values.operator.trim() })}
        onSuccess={(platform) => {
          void queryClient.invalidateQueries({ queryKey: platformsKey });
          void queryClient.invalidateQueries({ queryKey: productStatsKey });
          void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
          void message.success(t('platforms.create.success', { name: platform.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS)}
      >
        <Form.Item
          name="name"
          label={t('platforms.create.name')}
          rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('platforms.create.nameRequired') }]}
        >
          <Input maxLength={100} placeholder={t('platforms.create.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="county_code"
          label={t('platforms.create.county')}
          rules={[{ required: true, message: t('platforms.create.countyRequired') }]}
        >
          <CountySelect />
        </Form.Item>
        <Form.Item
          name="operator"
          label={t('platforms.create.operator')}
          rules={[
            { required: true, whitespace: true, min: 2, max: 100, message: t('platforms.create.operatorRequired') },
          ]}
        >
          <Input maxLength={100} placeholder={t('platforms.create.operatorPlaceholder')} />
        </Form.Item>
        <Form.Item name="product_ids" label={t('platforms.create.products')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={catalogue.isPending}
            placeholder={t('platforms.create.productsPlaceholder')}
            options={products.map((product) => ({
              value: product.id,
              label: `${product.name}（${countyName(product.county_code, i18n.language, product.county_name)}）`,
            }))}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
