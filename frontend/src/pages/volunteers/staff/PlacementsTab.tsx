import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Rate, Select, Switch, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import type { ExportColumn } from '@/export/sheet';
import { PagedTable } from './PagedTable';
import type { Placement } from './types';
import { useRefusalText } from './useDecisionError';
import {
  createPlacement,
  evaluatePlacement,
  fetchPlacements,
  fetchPositions,
  placementsKey,
  positionsKey,
  searchProfiles,
} from './workApi';

/** 实习安排: students placed in positions (a full position refuses), and each placement's evaluation. */
export function PlacementsTab() {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refusal = useRefusalText();
  const [creating, setCreating] = useState(false);
  const [evaluating, setEvaluating] = useState<Placement | null>(null);
  const [q, setQ] = useState('');
  const [createForm] = Form.useForm<{ position_id: string; profile_id: string; poor_family: boolean }>();
  const [evalForm] = Form.useForm<{ rating: number; comment?: string }>();
  const p = (key: string) => t(`staff.internships.placements.${key}` as 'staff.internships.placements.student');
  const required = { required: true, message: t('staff.internships.required') };
  const positions = useQuery({
    queryKey: [...positionsKey, 'options'],
    queryFn: ({ signal }) => fetchPositions({ limit: 100, offset: 0, filters: {} }, signal),
    enabled: creating,
  });
  const profiles = useQuery({
    queryKey: ['volunteers', 'profiles', q],
    queryFn: ({ signal }) => searchProfiles(q, signal),
    enabled: creating,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: placementsKey });

  const columns: TableColumnsType<Placement> = [
    { title: p('student'), dataIndex: 'student_name', width: 110 },
    { title: p('position'), dataIndex: 'position_title', width: 180 },
    { title: p('host'), dataIndex: 'host_name', width: 180 },
    {
      title: p('poor'),
      dataIndex: 'poor_family',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="volcano">{t('staff.yes')}</Tag> : null),
    },
    {
      title: p('rating'),
      dataIndex: 'rating',
      width: 150,
      render: (v: number | null) => (v ? <Rate disabled value={v} /> : null),
    },
    { title: p('comment'), dataIndex: 'comment', width: 200, ellipsis: { showTitle: true } },
    {
      title: '',
      key: 'evaluate',
      width: 80,
      render: (_, x) => (
        <Button size="small" onClick={() => setEvaluating(x)}>
          {p('evaluate')}
        </Button>
      ),
    },
  ];
  const exportColumns: ExportColumn<Placement>[] = [
    { header: p('student'), value: (x) => x.student_name },
    { header: p('position'), value: (x) => x.position_title },
    { header: p('host'), value: (x) => x.host_name },
    { header: p('poor'), value: (x) => (x.poor_family ? t('staff.yes') : t('staff.no')) },
    { header: p('rating'), value: (x) => x.rating },
    { header: p('comment'), value: (x) => x.comment },
  ];

  return (
    <>
      <PagedTable<Placement>
        queryKey={placementsKey}
        fetchPage={fetchPlacements}
        columns={columns}
        rowKey={(x) => x.id}
        exportColumns={exportColumns}
        exportName={p('exportName')}
        scrollX={990}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {p('create')}
          </Button>
        }
      />
      <FormModal
        open={creating}
        title={p('create')}
        okText={t('staff.internships.submit')}
        form={createForm}
        width={480}
        initialValues={{ poor_family: false }}
        onSubmit={(v) => createPlacement(v)}
        onSuccess={() => {
          refresh();
          void queryClient.invalidateQueries({ queryKey: positionsKey });
          void message.success(p('created'));
        }}
        onClose={() => setCreating(false)}
        fieldErrors={(error) => problemFieldErrors(error, ['position_id', 'profile_id'])}
        renderError={(error) => <Tag color="error">{refusal(error)}</Tag>}
      >
        <Form.Item name="position_id" label={p('position')} rules={[required]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={positions.isPending}
            options={(positions.data?.items ?? []).map((x) => ({
              value: x.id,
              label: `${x.title}（${x.host_name ?? ''}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="profile_id" label={p('student')} rules={[required]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            placeholder={p('searchStudent')}
            loading={profiles.isFetching}
            options={(profiles.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name}（${x.university}）` }))}
          />
        </Form.Item>
        <Form.Item name="poor_family" label={p('poor')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FormModal>
      <FormModal
        open={evaluating !== null}
        title={t('staff.internships.placements.evaluateHeading', { name: evaluating?.student_name ?? '' })}
        okText={t('staff.internships.submit')}
        form={evalForm}
        width={440}
        initialValues={{ rating: evaluating?.rating ?? undefined, comment: evaluating?.comment ?? '' }}
        onSubmit={(v) => evaluatePlacement(evaluating!.id, { rating: v.rating, comment: v.comment?.trim() ?? '' })}
        onSuccess={() => {
          refresh();
          void message.success(p('evaluated'));
        }}
        onClose={() => setEvaluating(null)}
        fieldErrors={(error) => problemFieldErrors(error, ['rating', 'comment'])}
      >
        <Form.Item name="rating" label={p('rating')} rules={[{ required: true, message: p('ratingRequired') }]}>
          <Rate />
        </Form.Item>
        <Form.Item name="comment" label={p('comment')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
