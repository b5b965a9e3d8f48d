import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Modal, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { childrenKey, fetchRetentionRuns, retentionKey, runRetention } from './peopleApi';
import type { RetentionRun } from './types';

/** 信息保存期限 (admin, city staff): anonymize the children's records past the keeping period as of a date,
 * and the runs so far. */
export function RetentionButton() {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState<Dayjs>(dayjs());
  const r = (key: string) => t(`staff.retention.${key}` as 'staff.retention.title');
  const runs = useQuery({ queryKey: retentionKey, queryFn: ({ signal }) => fetchRetentionRuns(signal), enabled: open });
  const run = useMutation({
    mutationFn: () => runRetention(on.format('YYYY-MM-DD')),
    onSuccess: (result) => {
      void message.success(t('staff.retention.done', { count: result.anonymized }));
      void queryClient.invalidateQueries({ queryKey: retentionKey });
      void queryClient.invalidateQueries({ queryKey: childrenKey });
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ? `${title}：${detail}` : title);
    },
  });
  const columns: TableColumnsType<RetentionRun> = [
    { title: r('runAt'), dataIndex: 'run_at', width: 150, render: (v: string) => formatDateTime(v) },
    { title: r('runOn'), dataIndex: 'on', width: 110 },
    { title: r('keepDays'), dataIndex: 'keep_days', width: 90, align: 'right' },
    { title: r('count'), dataIndex: 'anonymized', width: 100, align: 'right' },
    { title: r('actor'), dataIndex: 'actor_name', width: 100 },
  ];
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="retention-button">
        {r('button')}
      </Button>
      <Modal open={open} title={r('title')} footer={null} onCancel={() => setOpen(false)} width={640} destroyOnHidden>
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary">{r('hint')}</Typography.Paragraph>
          <Flex gap={8} wrap align="center">
            <span>{r('on')}</span>
            <DatePicker value={on} onChange={(d) => d && setOn(d)} allowClear={false} aria-label={r('on')} />
            <Popconfirm
              title={r('confirm')}
              okButtonProps={{ danger: true }}
              onConfirm={() => run.mutateAsync().catch(() => undefined)}
            >
              <Button danger loading={run.isPending}>
                {r('run')}
              </Button>
            </Popconfirm>
          </Flex>
          <Typography.Text strong>{r('runs')}</Typography.Text>
          {runs.isError && <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />}
          <Table<RetentionRun>
            rowKey={(x) => x.id}
            columns={columns}
            dataSource={runs.data ?? []}
            loading={runs.isFetching}
            size="small"
            pagination={false}
            scroll={{ x: 550 }}
            locale={{ emptyText: r('empty') }}
          />
        </Flex>
      </Modal>
    </>
  );
}
