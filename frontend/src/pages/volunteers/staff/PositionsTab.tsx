import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, InputNumber, Select, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import type { ExportColumn } from '@/export/sheet';
import { PagedTable } from './PagedTable';
import type { Position } from './types';
import { createPosition, fetchHosts, fetchPositions, hostsKey, positionsKey } from './workApi';

interface PositionForm {
  host_id: string;
  title: string;
  places: number;
  period: [Dayjs, Dayjs];
}

/** 实习岗位: the positions each host offers; staff add one. */
export function PositionsTab() {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PositionForm>();
  const hosts = useQuery({
    queryKey: [...hostsKey, 'options'],
    queryFn: ({ signal }) => fetchHosts({ limit: 100, offset: 0, filters: {} }, signal),
    enabled: open,
  });
  const p = (key: string) => t(`staff.internships.positions.${key}` as 'staff.internships.positions.title');
  const required = { required: true, message: t('staff.internships.required') };
  const columns: TableColumnsType<Position> = [
    { title: p('title'), dataIndex: 'title', width: 200 },
    { title: p('host'), dataIndex: 'host_name', width: 200 },
    { title: p('places'), dataIndex: 'places', width: 80, align: 'right' },
    { title: p('filled'), dataIndex: 'filled', width: 80, align: 'right' },
    { title: p('period'), key: 'period', width: 200, render: (_, x) => `${x.starts_on} – ${x.ends_on}` },
  ];
  const exportColumns: ExportColumn<Position>[] = [
    { header: p('title'), value: (x) => x.title },
    { header: p('host'), value: (x) => x.host_name },
    { header: p('places'), value: (x) => x.places },
    { header: p('filled'), value: (x) => x.filled },
    { header: p('period'), value: (x) => `${x.starts_on} – ${x.ends_on}` },
  ];
  return (
    <>
      <PagedTable<Position>
        queryKey={positionsKey}
        fetchPage={fetchPositions}
        columns={columns}
        rowKey={(x) => x.id}
        exportColumns={exportColumns}
        exportName={p('exportName')}
        scrollX={760}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {p('create')}
          </Button>
        }
      />
      <FormModal
        open={open}
        title={p('create')}
        okText={t('staff.internships.submit')}
        form={form}
        width={480}
        initialValues={{ places: 1 }}
        onSubmit={(v) =>
          createPosition({
            host_id: v.host_id,
            title: v.title.trim(),
            places: v.places,
            starts_on: v.period[0].format('YYYY-MM-DD'),
            ends_on: v.period[1].format('YYYY-MM-DD'),
          })
        }
        onSuccess={(position) => {
          void queryClient.invalidateQueries({ queryKey: positionsKey });
          void message.success(t('staff.internships.positions.created', { name: position.title }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) =>
          problemFieldErrors(error, ['host_id', 'title', 'places', 'period'], {
            starts_on: 'period',
            ends_on: 'period',
          })
        }
      >
        <Form.Item name="host_id" label={p('host')} rules={[required]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={hosts.isPending}
            options={(hosts.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Form.Item>
        <Form.Item name="title" label={p('title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="places" label={p('places')} rules={[required]}>
          <InputNumber min={1} max={500} precision={0} className="full-width" />
        </Form.Item>
        <Form.Item name="period" label={p('period')} rules={[required]}>
          <DatePicker.RangePicker className="full-width" />
        </Form.Item>
      </FormModal>
    </>
  );
}
