import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { createLecturer, fetchLecturerFeedback, fetchLecturers, lecturersKey } from './api';
import type { Lecturer, LecturerCreate, LecturerFeedback } from './contract';

function CreateLecturerButton() {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<LecturerCreate>();
  const c = (key: string) => t(`console.lecturers.create.${key}` as 'console.lecturers.create.name');
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-lecturer">
        {c('button')}
      </Button>
      <FormModal
        open={open}
        title={c('heading')}
        okText={c('submit')}
        form={form}
        width={520}
        initialValues={{ topics: [] }}
        onSubmit={(values) =>
          createLecturer({
            name: values.name.trim(),
            organisation: values.organisation.trim(),
            topics: values.topics ?? [],
          })
        }
        onSuccess={(lecturer) => {
          void queryClient.invalidateQueries({ queryKey: lecturersKey });
          void message.success(t('console.lecturers.create.success', { name: lecturer.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, ['name', 'organisation', 'topics'])}
      >
        <Form.Item
          name="name"
          label={c('name')}
          rules={[{ required: true, whitespace: true, max: 50, message: c('nameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="organisation"
          label={c('organisation')}
          rules={[{ required: true, whitespace: true, max: 100, message: c('organisationRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="topics" label={c('topics')} extra={c('topicsHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
      </FormModal>
    </>
  );
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? '' : value.toFixed(1));

/** 讲师: the register, each lecturer with the trainees' average scores of their sessions. */
export function LecturersPage() {
  const { t } = useTranslation('training');
  const feedback = useQuery({
    queryKey: ['training', 'feedback', 'lecturers'],
    queryFn: ({ signal }) => fetchLecturerFeedback(signal),
    retry: false,
  });
  const byLecturer = new Map<string, LecturerFeedback>((feedback.data ?? []).map((f) => [f.lecturer_id, f]));
  const of = (l: Lecturer) => byLecturer.get(l.id);
  const col = (key: string) => t(`console.lecturers.columns.${key}` as 'console.lecturers.columns.name');
  const numbers = ['sessions', 'responses'] as const;
  const scores = ['lecturer', 'content', 'usefulness'] as const;

  const columns: TableColumnsType<Lecturer> = [
    { title: col('name'), dataIndex: 'name', width: 100, fixed: 'left' },
    { title: col('organisation'), dataIndex: 'organisation', width: 200 },
    {
      title: col('topics'),
      dataIndex: 'topics',
      width: 220,
      render: (topics: string[]) => topics.map((x) => <Tag key={x}>{x}</Tag>),
    },
    ...numbers.map((key) => ({
      title: col(key),
      key,
      width: 80,
      align: 'right' as const,
      render: (_: unknown, l: Lecturer) => of(l)?.[key] ?? 0,
    })),
    ...scores.map((key) => ({
      title: col(key),
      key,
      width: 100,
      align: 'right' as const,
      render: (_: unknown, l: Lecturer) => score(of(l)?.[key]),
    })),
  ];
  const exportColumns: ExportColumn<Lecturer>[] = [
    { header: col('name'), value: (l) => l.name },
    { header: col('organisation'), value: (l) => l.organisation },
    { header: col('topics'), value: (l) => l.topics.join('、') },
    ...numbers.map((key) => ({ header: col(key), value: (l: Lecturer) => of(l)?.[key] ?? 0 })),
    ...scores.map((key) => ({ header: col(key), value: (l: Lecturer) => of(l)?.[key] ?? null, format: '0.0' })),
  ];

  return (
    <ListPage<Lecturer>
      title={t('console.lecturers.title')}
      description={t('console.lecturers.description')}
      queryKey={lecturersKey}
      fetchPage={fetchLecturers}
      actions={<CreateLecturerButton />}
      columns={columns}
      rowKey={(l) => l.id}
      exportColumns={exportColumns}
      exportName={t('console.lecturers.exportName')}
      scrollX={980}
    />
  );
}
