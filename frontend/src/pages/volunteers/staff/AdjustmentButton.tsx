import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { fetchTeam, fetchTeams, teamKey } from './api';
import { adjustHours, hoursKey } from './workApi';

interface AdjustmentForm {
  profile_id: string;
  team_id: string;
  minutes: number;
  reason: string;
}

/** "补录调整": staff add or take off minutes with a reason; a different member of staff must approve it. */
export function AdjustmentButton() {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AdjustmentForm>();
  const a = (key: string) => t(`staff.hours.adjust.${key}` as 'staff.hours.adjust.button');
  const teamId = Form.useWatch('team_id', form);
  // The students who are or were on the chosen team: the service adjusts no one else's hours.
  const team = useQuery({
    queryKey: teamKey(teamId ?? ''),
    queryFn: ({ signal }) => fetchTeam(teamId!, signal),
    enabled: open && !!teamId,
  });
  const teams = useQuery({
    queryKey: ['volunteers', 'teams', 'options'],
    queryFn: ({ signal }) => fetchTeams({ limit: 100, offset: 0, filters: {} }, signal),
    enabled: open,
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="hours-adjust">
        {a('button')}
      </Button>
      <FormModal
        open={open}
        title={a('heading')}
        okText={a('submit')}
        form={form}
        width={480}
        onSubmit={(v) => adjustHours({ ...v, reason: v.reason.trim() })}
        onSuccess={() => {
          void queryClient.invalidateQueries({ queryKey: hoursKey });
          void message.success(a('success'));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, ['profile_id', 'team_id', 'minutes', 'reason'])}
      >
        <Typography.Paragraph type="secondary">{a('hint')}</Typography.Paragraph>
        <Form.Item name="team_id" label={a('team')} rules={[{ required: true, message: a('teamRequired') }]}>
          <Select
            onChange={() => form.setFieldValue('profile_id', undefined)}
            showSearch
            optionFilterProp="label"
            loading={teams.isPending}
            options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Form.Item>
        <Form.Item name="profile_id" label={a('student')} rules={[{ required: true, message: a('studentRequired') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            disabled={!teamId}
            loading={team.isFetching}
            options={(team.data?.members ?? []).map((x) => ({
              value: x.profile_id,
              label: `${x.name}（${x.university}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="minutes"
          label={a('minutes')}
          rules={[
            {
              validator: (_, v?: number) => (v ? Promise.resolve() : Promise.reject(new Error(a('minutesRequired')))),
            },
          ]}
        >
          <InputNumber min={-6000} max={6000} precision={0} className="full-width" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('staff.hours.reason')}
          rules={[{ required: true, whitespace: true, message: t('staff.hours.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={300} />
        </Form.Item>
      </FormModal>
    </>
  );
}
