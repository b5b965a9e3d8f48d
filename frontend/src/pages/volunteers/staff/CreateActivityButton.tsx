import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyCode } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { ACTIVITY_KINDS } from '@/domain/enums';
import { CountySelect, useDefaultCounty } from '@/pages/products/programme/CountySelect';
import { createActivity } from './api';
import { SKILLS } from './enums';
import type { ActivityWrite, Skill } from './types';

interface ActivityForm {
  kind: ActivityWrite['kind'];
  name: string;
  county_code: CountyCode;
  town?: string;
  village: string;
  recruit: [Dayjs, Dayjs];
  service: [Dayjs, Dayjs];
  places: number;
  skills_wanted?: Skill[];
  description?: string;
}

const FIELDS = [
  'kind',
  'name',
  'county_code',
  'town',
  'village',
  'recruit',
  'service',
  'places',
  'skills_wanted',
  'description',
];
const RENAME = { recruit_from: 'recruit', recruit_until: 'recruit', starts_on: 'service', ends_on: 'service' };
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** "新建活动" (staff): a summer camp or service team to recruit for, with its recruitment window and the
 * service period after it. */
export function CreateActivityButton() {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ActivityForm>();
  const county = useDefaultCounty();
  const c = (key: string) => t(`staff.activities.create.${key}` as 'staff.activities.create.name');

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-activity">
        {c('button')}
      </Button>
      <FormModal
        open={open}
        title={c('heading')}
        okText={c('submit')}
        width={640}
        form={form}
        testId="activity-form"
        initialValues={{ kind: 'summer_camp', county_code: county, places: 10, skills_wanted: [] }}
        onSubmit={(v) =>
          createActivity({
            kind: v.kind,
            name: v.name.trim(),
            county_code: v.county_code,
            town: v.town?.trim() || null,
            village: v.village.trim(),
            recruit_from: day(v.recruit[0]),
            recruit_until: day(v.recruit[1]),
            starts_on: day(v.service[0]),
            ends_on: day(v.service[1]),
            places: v.places,
            skills_wanted: v.skills_wanted ?? [],
            description: v.description?.trim() ?? '',
          })
        }
        onSuccess={(activity) => {
          void queryClient.invalidateQueries({ queryKey: ['volunteers', 'activities'] });
          void message.success(t('staff.activities.create.success', { name: activity.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS, RENAME)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item name="kind" label={c('kind')} rules={[{ required: true }]}>
              <Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="name"
              label={c('name')}
              rules={[{ required: true, whitespace: true, message: c('nameRequired') }]}
            >
              <Input maxLength={80} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="county_code"
              label={c('county')}
              rules={[{ required: true, message: c('countyRequired') }]}
            >
              <CountySelect />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="town" label={c('town')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="village"
              label={c('village')}
              rules={[{ required: true, whitespace: true, message: c('villageRequired') }]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="recruit" label={c('recruit')} rules={[{ required: true, message: c('recruitRequired') }]}>
              <DatePicker.RangePicker className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="service" label={c('service')} rules={[{ required: true, message: c('serviceRequired') }]}>
              <DatePicker.RangePicker className="full-width" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="places" label={c('places')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1000} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="skills_wanted" label={c('skills')}>
              <Select mode="multiple" options={SKILLS.map((s) => ({ value: s, label: t(`staff.skill.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={c('description')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
