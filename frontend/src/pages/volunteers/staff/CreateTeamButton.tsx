import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { createTeam, fetchServicePoints, servicePointsKey, teamsKey } from './api';
import { useActivityOptions } from './useActivityOptions';

interface TeamForm {
  activity_id: string;
  service_point_id: string;
  name: string;
  advising_teacher: string;
  period: [Dayjs, Dayjs];
}

const FIELDS = ['activity_id', 'service_point_id', 'name', 'advising_teacher', 'period'];

/** "新建服务队": a team for an activity at a service point; it opens on its own page. */
export function CreateTeamButton() {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<TeamForm>();
  const activities = useActivityOptions();
  const points = useQuery({ queryKey: servicePointsKey, queryFn: ({ signal }) => fetchServicePoints(signal) });
  const c = (key: string) => t(`staff.teams.create.${key}` as 'staff.teams.create.name');

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-team">
        {c('button')}
      </Button>
      <FormModal
        open={open}
        title={c('heading')}
        okText={c('submit')}
        width={560}
        form={form}
        testId="team-form"
        onSubmit={(v) =>
          createTeam({
            activity_id: v.activity_id,
            service_point_id: v.service_point_id,
            name: v.name.trim(),
            advising_teacher: v.advising_teacher.trim(),
            starts_on: v.period[0].format('YYYY-MM-DD'),
            ends_on: v.period[1].format('YYYY-MM-DD'),
          })
        }
        onSuccess={(team) => {
          void queryClient.invalidateQueries({ queryKey: teamsKey });
          void message.success(t('staff.teams.create.success', { name: team.name }));
          void navigate(`/volunteers/teams/${team.id}`);
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS, { starts_on: 'period', ends_on: 'period' })}
      >
        <Form.Item
          name="activity_id"
          label={c('activity')}
          rules={[{ required: true, message: c('activityRequired') }]}
        >
          <Select options={activities} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="service_point_id" label={c('point')} rules={[{ required: true, message: c('pointRequired') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={points.isPending}
            options={(points.data ?? []).map((p) => ({
              value: p.id,
              label: [p.county_name, p.town, p.village].filter(Boolean).join(' · '),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={c('name')}
          rules={[{ required: true, whitespace: true, message: c('nameRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="advising_teacher"
          label={c('teacher')}
          rules={[{ required: true, whitespace: true, message: c('teacherRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="period" label={c('period')} rules={[{ required: true, message: c('periodRequired') }]}>
          <DatePicker.RangePicker className="full-width" />
        </Form.Item>
      </FormModal>
    </>
  );
}
