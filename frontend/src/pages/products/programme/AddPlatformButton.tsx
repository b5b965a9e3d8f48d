import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform, PlatformCreate } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { countyName } from '@/domain/counties';
import { createPlatform, platformsKey, productStatsKey, updatePlatform } from './api';
import { CountySelect, useDefaultCounty } from './CountySelect';
import { useCatalogue } from './useCatalogue';

const FIELDS = ['name', 'county_code', 'operator', 'product_ids'];

/** "新增平台": a youth e-commerce service platform in the staff's county, and the products it sells. Given a
 * `platform`, "修改" the same form corrects it. */
export function AddPlatformButton({ platform }: { platform?: Platform }) {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PlatformCreate>();
  const county = useDefaultCounty();
  const { catalogue, products } = useCatalogue();

  return (
    <>
      {platform ? (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => setOpen(true)}
          data-testid="edit-platform"
        >
          {t('platforms.edit.button')}
        </Button>
      ) : (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="add-platform">
          {t('platforms.create.button')}
        </Button>
      )}
      <FormModal
        open={open}
        title={platform ? t('platforms.edit.heading') : t('platforms.create.heading')}
        okText={platform ? t('platforms.edit.submit') : t('platforms.create.submit')}
        form={form}
        testId="platform-form"
        initialValues={
          platform
            ? {
                name: platform.name,
                county_code: platform.county_code as PlatformCreate['county_code'],
                operator: platform.operator,
                product_ids: platform.products.map((product) => product.id),
              }
            : { county_code: county, product_ids: [] }
        }
        onSubmit={(values) => {
          const body = { ...values, name: values.name.trim(), operator: values.operator.trim() };
          return platform ? updatePlatform(platform.id, body) : createPlatform(body);
        }}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: platformsKey });
          void queryClient.invalidateQueries({ queryKey: productStatsKey });
          void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
          void message.success(
            t(platform ? 'platforms.edit.success' : 'platforms.create.success', { name: saved.name }),
          );
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
