import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Progress, Table, Tag, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { formatDateTime } from '@/lib/format';
import { TEN_ONES } from './enums';
import { childKey, recordTenOne } from './peopleApi';
import { percent } from './tenOnes';
import type { Child, TenOne, TenOneRecord } from './types';
import { useRefusalText } from './useDecisionError';

interface Row {
  item: TenOne;
  record: TenOneRecord | undefined;
}

/** The child's ten ones in order: when and by whom each was done; staff record one still missing. */
export function ChildTenOnes({ child }: { child: Child }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refusal = useRefusalText();
  const [item, setItem] = useState<TenOne | null>(null);
  const [form] = Form.useForm<{ on: Dayjs; note?: string }>();
  const c = (key: string) => t(`staff.child.${key}` as 'staff.child.on');
  const rows: Row[] = TEN_ONES.map((x) => ({ item: x, record: child.ten_ones.find((r) => r.item === x) }));
  const done = rows.filter((r) => r.record).length;
  const columns: TableColumnsType<Row> = [
    { title: '#', key: 'n', width: 40, render: (_, _r, i) => i + 1 },
    { title: t('staff.child.item'), key: 'item', width: 180, render: (_, r) => t(`staff.tenOne.${r.item}`) },
    {
      title: c('on'),
      key: 'on',
      width: 110,
      render: (_, r) => r.record?.on ?? <Tag>{c('notDone')}</Tag>,
    },
    { title: c('by'), key: 'by', width: 100, render: (_, r) => r.record?.volunteer_name },
    { title: t('staff.note'), key: 'note', width: 200, render: (_, r) => r.record?.note },
    {
      title: '',
      key: 'action',
      width: 120,
      render: (_, r) =>
        r.record ? (
          <span className="muted">{formatDateTime(r.record.created_at)}</span>
        ) : (
          !child.anonymized && (
            <Button size="small" onClick={() => setItem(r.item)}>
              {c('record')}
            </Button>
          )
        ),
    },
  ];
  return (
    <>
      <Progress percent={percent(child.completion)} format={() => t('staff.child.completion', { done })} />
      <Table<Row>
        rowKey={(r) => r.item}
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="small"
        scroll={{ x: 750 }}
        data-testid="child-ten-ones"
      />
      <FormModal
        open={item !== null}
        title={item ? t('staff.child.recordHeading', { item: t(`staff.tenOne.${item}`) }) : ''}
        okText={c('record')}
        form={form}
        width={440}
        initialValues={{ on: dayjs() }}
        onSubmit={(v) =>
          recordTenOne(child.id, { item: item!, on: v.on.format('YYYY-MM-DD'), note: v.note?.trim() ?? '' })
        }
        onSuccess={(record) => {
          void queryClient.invalidateQueries({ queryKey: childKey(child.id) });
          void message.success(t('staff.child.recorded', { item: t(`staff.tenOne.${record.item}`) }));
        }}
        onClose={() => setItem(null)}
        fieldErrors={(error) => problemFieldErrors(error, ['on', 'note'])}
        renderError={(error) => <Tag color="error">{refusal(error)}</Tag>}
      >
        <Form.Item name="on" label={c('recordOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={c('recordNote')}>
          <Input.TextArea rows={3} maxLength={300} />
        </Form.Item>
      </FormModal>
    </>
  );
}
