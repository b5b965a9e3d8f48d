import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CountyCode, SellerKind } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { COUNTIES, countyName } from '@/domain/counties';
import { isMobileNumber } from '@/domain/identity';
import { fetchMyProfile, profileKey } from '@/pages/loans/my/api';
import { registerSeller, SELLER_KINDS } from '../../parties/api';
import { marketKey } from '../api';

interface SellerValues {
  kind: SellerKind;
  name: string;
  county_code: CountyCode;
  town: string;
  contact: string;
}

const FIELDS = ['kind', 'name', 'county_code', 'town', 'contact'];

/** 登记为卖方: an entrepreneur registers from the phone, pending their county's admission. What their loan
 * profile already says (name, county, town, mobile) is filled in for them. */
export function SellerRegistration() {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SellerValues>();
  // Only a head start: without a profile (or with the loans service away) the form starts empty.
  const profile = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => fetchMyProfile(signal), retry: false });
  const register = useMutation({
    mutationFn: (values: SellerValues) =>
      registerSeller({ ...values, name: values.name.trim(), town: values.town.trim(), contact: values.contact.trim() }),
    onSuccess: async () => {
      void message.success(t('parties.register.done'));
      await queryClient.invalidateQueries({ queryKey: marketKey });
    },
    onError: (error) => form.setFields(problemFieldErrors(error, FIELDS)),
  });
  const known = profile.data;

  return (
    <Card size="small" title={t('parties.register.title')} className="detail-card" data-testid="seller-registration">
      <Typography.Paragraph type="secondary">{t('market.myLots.noSeller')}</Typography.Paragraph>
      {profile.isPending ? null : (
        <Form<SellerValues>
          form={form}
          layout="vertical"
          className="phone-form"
          data-testid="seller-form"
          initialValues={{
            kind: 'entrepreneur',
            name: known?.name,
            county_code: known?.county_code as CountyCode | undefined,
            town: known?.town,
            contact: known?.mobile,
          }}
          onFinish={(values) => register.mutate(values)}
        >
          <Form.Item name="kind" label={t('parties.register.kind')}>
            <Select
              aria-label={t('parties.register.kind')}
              options={SELLER_KINDS.map((k) => ({ value: k, label: t(`parties.sellerKind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('parties.register.name')}
            extra={t('parties.register.nameHint')}
            rules={[
              { required: true, whitespace: true, min: 2, max: 100, message: t('parties.register.nameRequired') },
            ]}
          >
            <Input maxLength={100} data-testid="seller-name" />
          </Form.Item>
          <div className="form-pair">
            <Form.Item
              name="county_code"
              label={t('parties.register.county')}
              rules={[{ required: true, message: t('parties.register.countyRequired') }]}
            >
              <Select
                aria-label={t('parties.register.county')}
                options={COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code, i18n.language) }))}
              />
            </Form.Item>
            <Form.Item
              name="town"
              label={t('parties.register.town')}
              rules={[{ required: true, whitespace: true, max: 50, message: t('parties.register.townRequired') }]}
            >
              <Input maxLength={50} data-testid="seller-town" />
            </Form.Item>
          </div>
          <Form.Item
            name="contact"
            label={t('parties.register.contact')}
            required
            extra={t('parties.register.contactHint')}
            rules={[
              {
                validator: (_, value?: string) =>
                  value && isMobileNumber(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('parties.register.contactRequired'))),
              },
            ]}
          >
            <Input type="tel" inputMode="numeric" maxLength={11} autoComplete="tel" data-testid="seller-contact" />
          </Form.Item>
          {register.isError && <ErrorAlert error={register.error} />}
          <Button
            type="primary"
            size="large"
            block
            htmlType="submit"
            loading={register.isPending}
            data-testid="seller-submit"
          >
            {t('parties.register.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
