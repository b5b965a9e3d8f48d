import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CountyCode } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { SESSION_LEVELS } from '@/domain/enums';
import { normaliseMoney } from '@/lib/money';
import { CountySelect, useDefaultCounty } from '@/pages/products/programme/CountySelect';
import { fetchProgrammes } from '../api';
import { createSession, fetchLecturers } from './api';
import type { SessionCreate, SessionMode, TargetGroup } from './contract';
import { SESSION_MODES, TARGET_GROUPS } from './enums';

interface SessionForm {
  programme_id: string;
  title: string;
  level: SessionCreate['level'];
  county_code?: CountyCode;
  town?: string;
  venue: string;
  mode: SessionMode;
  span: [Dayjs, Dayjs];
  dates?: { span?: [Dayjs, Dayjs] }[];
  capacity: number;
  enrolment?: [Dayjs | null, Dayjs | null] | null;
  cutoff?: Dayjs | null;
  target_groups?: TargetGroup[];
  lecturer_ids?: string[];
  cost?: string;
}

const FIELDS = [
  'programme_id',
  'title',
  'level',
  'county_code',
  'town',
  'venue',
  'mode',
  'capacity',
  'cost',
  'target_groups',
  'lecturer_ids',
];
const RENAME = {
  starts_at: 'span',
  ends_at: 'span',
  enrolment_opens_at: 'enrolment',
  enrolment_closes_at: 'enrolment',
  cancellation_cutoff_at: 'cutoff',
};

function toSession(values: SessionForm): SessionCreate {
  const dates = (values.dates ?? []).flatMap((d) =>
    d.span ? [{ starts_at: d.span[0].toISOString(), ends_at: d.span[1].toISOString() }] : [],
  );
  return {
    programme_id: values.programme_id,
    title: values.title.trim(),
    level: values.level,
    county_code: values.level === 'city' ? (values.county_code ?? null) : values.county_code,
    town: values.level === 'town' ? values.town?.trim() : null,
    venue: values.venue.trim(),
    mode: values.mode,
    starts_at: values.span[0].toISOString(),
    ends_at: values.span[1].toISOString(),
    dates: dates.length > 0 ? dates : null,
    capacity: values.capacity,
    enrolment_opens_at: values.enrolment?.[0]?.toISOString() ?? null,
    enrolment_closes_at: values.enrolment?.[1]?.toISOString() ?? null,
    cancellation_cutoff_at: values.cutoff?.toISOString() ?? null,
    target_groups: values.target_groups?.length ? values.target_groups : ['all'],
    lecturer_ids: values.lecturer_ids ?? [],
    cost: values.cost ? normaliseMoney(values.cost) : '0',
  };
}

const TIME = { format: 'HH:mm', minuteStep: 15 as const };

/** "新建场次": a session with its days, enrolment window, cancellation cut-off, target groups, lecturers and cost. */
export function CreateSessionButton() {
  const { t } = useTranslation(['training', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SessionForm>();
  const county = useDefaultCounty();
  const level = Form.useWatch('level', form);
  const programmes = useQuery({
    queryKey: ['training', 'programmes', 'options'],
    queryFn: ({ signal }) => fetchProgrammes({ limit: 200, offset: 0, filters: {} }, signal),
    enabled: open,
  });
  // The lecturer register may not exist yet on the server: the field then stays empty, not broken.
  const lecturers = useQuery({
    queryKey: ['training', 'lecturers', 'options'],
    queryFn: ({ signal }) => fetchLecturers({ limit: 200, offset: 0, filters: {} }, signal),
    enabled: open,
    retry: false,
  });
  const required = { required: true, message: t('console.sessions.create.required') };
  const c = (key: string) => t(`console.sessions.create.${key}` as 'console.sessions.create.title');

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-session">
        {c('button')}
      </Button>
      <FormModal
        open={open}
        title={c('heading')}
        okText={c('submit')}
        width={760}
        form={form}
        testId="session-form"
        initialValues={{
          level: county ? 'county' : 'city',
          county_code: county,
          mode: 'offline',
          capacity: 30,
          target_groups: ['all'],
        }}
        onSubmit={(values) => createSession(toSession(values))}
        onSuccess={(session) => {
          void queryClient.invalidateQueries({ queryKey: ['training', 'sessions'] });
          void message.success(t('console.sessions.create.success', { title: session.title }));
          void navigate(`/training/sessions/${session.id}`);
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS, RENAME)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="programme_id" label={c('programme')} rules={[required]}>
              <Select
                loading={programmes.isPending}
                options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                data-testid="session-programme"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="title"
              label={c('title')}
              rules={[{ required: true, whitespace: true, min: 2, max: 100, message: c('titleRequired') }]}
            >
              <Input maxLength={100} data-testid="session-title" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} sm={6}>
            <Form.Item name="level" label={c('level')} rules={[required]}>
              <Select options={SESSION_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="mode" label={c('mode')} rules={[required]}>
              <Select options={SESSION_MODES.map((m) => ({ value: m, label: t(`console.mode.${m}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="county_code"
              label={c('county')}
              rules={[{ required: level !== 'city', message: c('countyRequired') }]}
            >
              <CountySelect allowClear />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="town"
              label={c('town')}
              rules={[{ required: level === 'town', whitespace: true, message: c('townRequired') }]}
            >
              <Input maxLength={50} disabled={level !== 'town'} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={16}>
            <Form.Item
              name="venue"
              label={c('venue')}
              rules={[{ required: true, whitespace: true, message: c('venueRequired') }]}
            >
              <Input maxLength={200} data-testid="session-venue" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="capacity" label={c('capacity')} rules={[required]}>
              <InputNumber min={1} max={10000} precision={0} className="full-width" data-testid="session-capacity" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="span" label={c('span')} rules={[{ required: true, message: c('spanRequired') }]}>
          <DatePicker.RangePicker
            showTime={TIME}
            format="YYYY-MM-DD HH:mm"
            className="full-width"
            data-testid="session-span"
          />
        </Form.Item>
        <Form.Item label={c('dates')} extra={c('datesHint')}>
          <Form.List name="dates">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Row key={field.key} gutter={8} align="middle" wrap={false}>
                    <Col flex="auto">
                      <Form.Item name={[field.name, 'span']} rules={[required]}>
                        <DatePicker.RangePicker showTime={TIME} format="YYYY-MM-DD HH:mm" className="full-width" />
                      </Form.Item>
                    </Col>
                    <Col>
                      <Form.Item>
                        <Button
                          type="text"
                          aria-label={t('common:actions.cancel')}
                          icon={<MinusCircleOutlined />}
                          onClick={() => remove(field.name)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {c('addDate')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name="enrolment" label={c('enrolmentWindow')} extra={c('enrolmentWindowHint')}>
              <DatePicker.RangePicker
                showTime={TIME}
                format="YYYY-MM-DD HH:mm"
                allowEmpty={[true, true]}
                className="full-width"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="cutoff" label={c('cutoff')} extra={c('cutoffHint')}>
              <DatePicker showTime={TIME} format="YYYY-MM-DD HH:mm" className="full-width" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="target_groups" label={c('targetGroups')}>
              <Select
                mode="multiple"
                options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`console.targetGroup.${g}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="lecturer_ids" label={c('lecturers')}>
              <Select
                mode="multiple"
                optionFilterProp="label"
                loading={lecturers.isPending}
                options={(lecturers.data?.items ?? []).map((l) => ({
                  value: l.id,
                  label: `${l.name}（${l.organisation}）`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="cost"
          label={c('cost')}
          rules={[{ pattern: /^\d{1,12}(\.\d{1,2})?$/, message: c('costInvalid') }]}
        >
          <Input inputMode="decimal" placeholder="0" suffix={t('console.yuan')} />
        </Form.Item>
        <Typography.Text type="secondary">{t('sessions.description')}</Typography.Text>
      </FormModal>
    </>
  );
}
