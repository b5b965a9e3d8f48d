import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanUse, PolicyCreate, PolicyVersion } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { LOAN_USES } from '@/domain/enums';
import { isMoney, normaliseMoney } from '@/lib/money';
import { createPolicy, fetchPolicies } from './api';

interface PolicyForm {
  name: string;
  period: [Dayjs | null, Dayjs | null];
  principal_cap: string;
  spread_bp: number;
  lpr_tenor: PolicyCreate['lpr_tenor'];
  subsidised_term_months: number;
  age_min: number;
  age_max: number;
  eligible_uses: LoanUse[];
}

const FIELDS = [
  'name',
  'period',
  'principal_cap',
  'spread_bp',
  'lpr_tenor',
  'subsidised_term_months',
  'age_min',
  'age_max',
  'eligible_uses',
];

// The form's period holds the request's two dates.
const PERIOD = { effective_from: 'period', effective_to: 'period' };

/** A new version starts from the latest one: most versions change a figure or two. */
function startingFrom(latest: PolicyVersion | undefined): Partial<PolicyForm> {
  if (!latest) return { lpr_tenor: '1y', period: [null, null] };
  return {
    principal_cap: latest.principal_cap,
    spread_bp: latest.spread_bp,
    lpr_tenor: latest.lpr_tenor,
    subsidised_term_months: latest.subsidised_term_months,
    age_min: latest.age_min,
    age_max: latest.age_max,
    eligible_uses: latest.eligible_uses,
    period: [null, null],
  };
}

function toPolicy(values: PolicyForm): PolicyCreate {
  const [from, to] = values.period;
  return {
    name: values.name.trim(),
    effective_from: (from ?? dayjs()).format('YYYY-MM-DD'),
    effective_to: to ? to.format('YYYY-MM-DD') : null,
    principal_cap: normaliseMoney(values.principal_cap),
    spread_bp: values.spread_bp,
    lpr_tenor: values.lpr_tenor,
    subsidised_term_months: values.subsidised_term_months,
    age_min: values.age_min,
    age_max: values.age_max,
    eligible_uses: values.eligible_uses,
  };
}

/** "新增政策版本": city staff add a dated policy version; later loans take it. */
export function CreatePolicyButton() {
  const { t } = useTranslation('loans');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PolicyForm>();
  const latest = useQuery({
    queryKey: ['loans', 'policies', 'latest'],
    queryFn: ({ signal }) => fetchPolicies({ limit: 1, offset: 0, filters: {} }, signal),
    enabled: open,
  });

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('policies.create.button')}
      </Button>
      <FormModal
        open={open}
        title={t('policies.create.title')}
        okText={t('policies.create.submit')}
        width={640}
        form={form}
        loading={!latest.isFetched}
        initialValues={startingFrom(latest.data?.items[0])}
        onSubmit={(values) => createPolicy(toPolicy(values))}
        onSuccess={(policy) => {
          void queryClient.invalidateQueries({ queryKey: ['loans', 'policies'] });
          void message.success(t('policies.create.success', { name: policy.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS, PERIOD)}
      >
        <Form.Item
          name="name"
          label={t('policies.create.name')}
          rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('policies.create.nameRequired') }]}
        >
          <Input maxLength={100} placeholder={t('policies.create.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="period"
          required
          label={t('policies.create.period')}
          extra={t('policies.create.periodHint')}
          rules={[
            {
              validator: (_, value?: PolicyForm['period']) =>
                value?.[0] ? Promise.resolve() : Promise.reject(new Error(t('policies.create.periodRequired'))),
            },
          ]}
        >
          <DatePicker.RangePicker allowEmpty={[false, true]} className="full-width" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="principal_cap"
              required
              label={t('policies.create.principalCap')}
              rules={[
                {
                  validator: (_, value?: string) =>
                    value && isMoney(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('policies.create.principalCapRequired'))),
                },
              ]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="subsidised_term_months"
              label={t('policies.create.term')}
              rules={[{ required: true, message: t('policies.create.termRequired') }]}
            >
              <InputNumber min={1} max={120} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="lpr_tenor" label={t('policies.create.lprTenor')}>
              <Select
                options={(['1y', '5y'] as const).map((tenor) => ({ value: tenor, label: t(`lprTenor.${tenor}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="spread_bp"
              label={t('policies.create.spread')}
              extra={t('policies.create.spreadHint')}
              rules={[{ required: true, message: t('policies.create.spreadRequired') }]}
            >
              <InputNumber min={0} max={1000} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="age_min"
              label={t('policies.create.ageMin')}
              rules={[{ required: true, message: t('policies.create.ageRequired') }]}
            >
              <InputNumber min={16} max={60} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="age_max"
              label={t('policies.create.ageMax')}
              dependencies={['age_min']}
              rules={[
                { required: true, message: t('policies.create.ageRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value?: number) =>
                    value === undefined || value >= getFieldValue('age_min')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('policies.create.ageOrder'))),
                }),
              ]}
            >
              <InputNumber min={16} max={70} precision={0} className="full-width" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="eligible_uses"
          label={t('policies.create.uses')}
          rules={[{ required: true, type: 'array', min: 1, message: t('policies.create.usesRequired') }]}
        >
          <Select mode="multiple" options={LOAN_USES.map((use) => ({ value: use, label: t(`use.${use}`) }))} />
        </Form.Item>
      </FormModal>
    </>
  );
}
