import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyCode, PairingCreate } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { businessToday } from '@/lib/format';
import { normaliseMoney } from '@/lib/money';
import { createPairing, pairingsKey, productStatsKey } from './api';
import { CountySelect, useDefaultCounty } from './CountySelect';
import { isFundsAmount } from './funds';

interface PairingForm {
  enterprise: string;
  county_code: CountyCode;
  town: string;
  village: string;
  paired_on: Dayjs;
  funds_pledged: string;
  funds_received: string;
}

const FIELDS = ['enterprise', 'county_code', 'town', 'village', 'paired_on', 'funds_pledged', 'funds_received'];

function toPairing(values: PairingForm): PairingCreate {
  return {
    enterprise: values.enterprise.trim(),
    county_code: values.county_code,
    town: values.town.trim(),
    village: values.village.trim(),
    paired_on: values.paired_on.format('YYYY-MM-DD'),
    funds_pledged: normaliseMoney(values.funds_pledged),
    funds_received: normaliseMoney(values.funds_received),
  };
}

/** "新增结对": an enterprise paired with a poor village, in the staff's county (city staff: any). */
export function CreatePairingButton() {
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PairingForm>();
  const county = useDefaultCounty();
  const today = dayjs(businessToday());
  const amount = {
    validator: (_: unknown, value?: string) =>
      isFundsAmount(value) ? Promise.resolve() : Promise.reject(new Error(t('pairings.amountInvalid'))),
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-pairing">
        {t('pairings.create.button')}
      </Button>
      <FormModal
        open={open}
        title={t('pairings.create.heading')}
        okText={t('pairings.create.submit')}
        width={600}
        form={form}
        testId="pairing-form"
        initialValues={{ county_code: county, paired_on: today, funds_received: '0' }}
        onSubmit={(values) => createPairing(toPairing(values))}
        onSuccess={(pairing) => {
          void queryClient.invalidateQueries({ queryKey: pairingsKey });
          void queryClient.invalidateQueries({ queryKey: productStatsKey });
          void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
          void message.success(
            t('pairings.create.success', { enterprise: pairing.enterprise, village: pairing.village }),
          );
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS)}
      >
        <Form.Item
          name="enterprise"
          label={t('pairings.create.enterprise')}
          rules={[
            { required: true, whitespace: true, min: 2, max: 100, message: t('pairings.create.enterpriseRequired') },
          ]}
        >
          <Input maxLength={100} placeholder={t('pairings.create.enterprisePlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="county_code"
              label={t('pairings.create.county')}
              rules={[{ required: true, message: t('pairings.create.countyRequired') }]}
            >
              <CountySelect />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="town"
              label={t('pairings.create.town')}
              rules={[
                { required: true, whitespace: true, min: 2, max: 50, message: t('pairings.create.townRequired') },
              ]}
            >
              <Input maxLength={50} placeholder={t('pairings.create.townPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="village"
              label={t('pairings.create.village')}
              rules={[
                { required: true, whitespace: true, min: 2, max: 50, message: t('pairings.create.villageRequired') },
              ]}
            >
              <Input maxLength={50} placeholder={t('pairings.create.villagePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="paired_on"
              label={t('pairings.create.pairedOn')}
              rules={[{ required: true, message: t('pairings.create.pairedOnRequired') }]}
            >
              <DatePicker className="full-width" disabledDate={(day) => day.isAfter(today, 'day')} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="funds_pledged" required label={t('pairings.create.pledged')} rules={[amount]}>
              <Input
                inputMode="decimal"
                placeholder="80000"
                suffix={t('pairings.yuan')}
                data-testid="pairing-pledged"
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="funds_received" required label={t('pairings.create.received')} rules={[amount]}>
              <Input inputMode="decimal" suffix={t('pairings.yuan')} data-testid="pairing-received" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">{t('pairings.create.receivedHint')}</Typography.Paragraph>
      </FormModal>
    </>
  );
}
