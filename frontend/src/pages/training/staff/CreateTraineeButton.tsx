import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, Row, Select, Switch, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyCode } from '@/api/models';
import { ApiError } from '@/api/problem';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { CountySelect, useDefaultCounty } from '@/pages/products/programme/CountySelect';
import { createTrainee, traineesKey } from './api';
import type { TraineeCreate, TraineeGroup } from './contract';
import { TRAINEE_GROUPS } from './enums';

interface TraineeForm {
  name: string;
  mobile: string;
  county_code: CountyCode;
  town?: string;
  poor_household: boolean;
  groups?: TraineeGroup[];
  id_card?: string;
}

const FIELDS = ['name', 'mobile', 'county_code', 'town', 'poor_household', 'groups', 'id_card'];

function toTrainee(values: TraineeForm): TraineeCreate {
  return {
    name: values.name.trim(),
    mobile: values.mobile.trim(),
    county_code: values.county_code,
    town: values.town?.trim() || null,
    poor_household: values.poor_household,
    groups: values.groups ?? [],
    id_card: values.id_card?.trim().toUpperCase() || null,
  };
}

/** "登记学员": a trainee staff register by hand; a mobile already registered is refused (409). */
export function CreateTraineeButton() {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<TraineeForm>();
  const county = useDefaultCounty();
  const c = (key: string) => t(`console.trainees.create.${key}` as 'console.trainees.create.name');

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-trainee">
        {c('button')}
      </Button>
      <FormModal
        open={open}
        title={c('heading')}
        okText={c('submit')}
        width={600}
        form={form}
        testId="trainee-form"
        initialValues={{ county_code: county, poor_household: false, groups: [] }}
        onSubmit={(values) => createTrainee(toTrainee(values))}
        onSuccess={(trainee) => {
          void queryClient.invalidateQueries({ queryKey: traineesKey });
          void message.success(t('console.trainees.create.success', { name: trainee.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) =>
          error instanceof ApiError && error.status === 409
            ? [{ name: 'mobile', errors: [error.problem?.detail ?? c('duplicate')] }]
            : problemFieldErrors(error, FIELDS)
        }
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name"
              label={c('name')}
              rules={[{ required: true, whitespace: true, max: 50, message: c('nameRequired') }]}
            >
              <Input maxLength={50} data-testid="trainee-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="mobile"
              label={c('mobile')}
              rules={[{ required: true, pattern: /^1\d{10}$/, message: c('mobileInvalid') }]}
            >
              <Input inputMode="tel" maxLength={11} data-testid="trainee-mobile" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="county_code"
              label={c('county')}
              rules={[{ required: true, message: c('countyRequired') }]}
            >
              <CountySelect data-testid="trainee-county" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="town" label={c('town')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="groups" label={c('groups')}>
              <Select
                mode="multiple"
                options={TRAINEE_GROUPS.map((g) => ({ value: g, label: t(`console.targetGroup.${g}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="poor_household" label={c('poor')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="id_card"
          label={c('idCard')}
          rules={[{ pattern: /^\d{17}[\dXx]$/, message: c('idCardInvalid') }]}
        >
          <Input maxLength={18} />
        </Form.Item>
      </FormModal>
    </>
  );
}
