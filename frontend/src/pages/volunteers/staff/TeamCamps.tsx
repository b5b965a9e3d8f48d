import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Input, Table, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { campsKey, createCamp, teamKey } from './api';
import type { TeamCamp, TeamDetail } from './types';

/** 营地: the team's summer camps, each a link to its dashboard; staff open a new one. */
export function TeamCamps({ team }: { team: TeamDetail }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; period: [Dayjs, Dayjs] }>();
  const c = (key: string) => t(`staff.team.camps.${key}` as 'staff.team.camps.name');
  const col = (key: string) => t(`staff.camps.columns.${key}` as 'staff.camps.columns.name');
  const columns: TableColumnsType<TeamCamp> = [
    {
      title: col('name'),
      dataIndex: 'name',
      width: 200,
      render: (_, x) => <Link to={`/volunteers/camps/${x.id}`}>{x.name}</Link>,
    },
    { title: col('period'), key: 'period', width: 200, render: (_, x) => `${x.starts_on} – ${x.ends_on}` },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex>
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-camp">
          {c('create')}
        </Button>
      </Flex>
      <Table<TeamCamp>
        rowKey={(x) => x.id}
        columns={columns}
        dataSource={team.camps}
        pagination={false}
        size="small"
        scroll={{ x: 400 }}
        locale={{ emptyText: c('empty') }}
      />
      <FormModal
        open={open}
        title={c('heading')}
        okText={c('submit')}
        form={form}
        width={480}
        initialValues={{ name: `${team.service_point.village}夏令营` }}
        onSubmit={(v) =>
          createCamp({
            team_id: team.id,
            name: v.name.trim(),
            starts_on: v.period[0].format('YYYY-MM-DD'),
            ends_on: v.period[1].format('YYYY-MM-DD'),
          })
        }
        onSuccess={(camp) => {
          void queryClient.invalidateQueries({ queryKey: teamKey(team.id) });
          void queryClient.invalidateQueries({ queryKey: campsKey });
          void message.success(t('staff.team.camps.created', { name: camp.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) =>
          problemFieldErrors(error, ['name', 'period'], { starts_on: 'period', ends_on: 'period' })
        }
      >
        <Form.Item
          name="name"
          label={c('name')}
          rules={[{ required: true, whitespace: true, message: c('nameRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="period" label={c('period')} rules={[{ required: true, message: c('periodRequired') }]}>
          <DatePicker.RangePicker className="full-width" />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
