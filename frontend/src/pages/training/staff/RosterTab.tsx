import { DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { exportFileName } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { cancelEnrolment, downloadRoster, enrolmentsKey, fetchEnrolments, sessionKey } from './api';
import { CapacityButton } from './CapacityButton';
import type { Enrolment, TrainingSession } from './contract';
import { EnrolTrainee } from './EnrolTrainee';
import { EnrolmentHistory } from './EnrolmentHistory';
import { ENROLMENT_COLOR } from './enums';
import { promoted } from './roster';

const PAGE = 50;

/** 报名名单: booked, then the waitlist in its order, then the rest; staff enrol, cancel and change capacity. */
export function RosterTab({ session }: { session: TrainingSession }) {
  const { t } = useTranslation(['training', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [history, setHistory] = useState<Enrolment | null>(null);
  const [exporting, setExporting] = useState(false);
  const key = enrolmentsKey(session.id);
  const query = useQuery({
    queryKey: [...key, page],
    queryFn: ({ signal }) => fetchEnrolments(session.id, PAGE, (page - 1) * PAGE, signal),
    placeholderData: keepPreviousData,
  });

  /** Refetches the roster and the session; tells who the change moved from the waitlist to a seat. */
  async function refresh() {
    const before = query.data?.items ?? [];
    await queryClient.invalidateQueries({ queryKey: sessionKey(session.id) });
    const after = await queryClient.fetchQuery({
      queryKey: [...key, page],
      queryFn: ({ signal }) => fetchEnrolments(session.id, PAGE, (page - 1) * PAGE, signal),
    });
    const moved = promoted(before, after.items);
    if (moved.length > 0)
      void message.info(t('console.roster.promoted', { names: moved.map((e) => e.trainee_name).join('、') }), 6);
  }

  const cancel = useMutation({
    mutationFn: (enrolment: Enrolment) => cancelEnrolment(enrolment.id),
    onSuccess: async (enrolment) => {
      void message.success(t('console.roster.cancelled', { name: enrolment.trainee_name }));
      await refresh();
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ? `${title}：${detail}` : title);
    },
  });

  async function exportRoster() {
    setExporting(true);
    try {
      await downloadRoster(
        session.id,
        exportFileName(`${t('console.roster.exportName')}-${session.title}`, new Date()),
      );
    } catch (error) {
      const { title, detail } = formatError(error);
      void message.error(t('console.roster.exportFailed', { reason: detail ?? title }));
    } finally {
      setExporting(false);
    }
  }

  const columns: TableColumnsType<Enrolment> = [
    {
      title: t('console.roster.order'),
      key: 'order',
      width: 60,
      render: (_, _e, index) => (page - 1) * PAGE + index + 1,
    },
    {
      title: t('console.roster.name'),
      dataIndex: 'trainee_name',
      width: 150,
      render: (_, e) => (
        <Flex gap={4} wrap align="center">
          {e.trainee_name}
          {e.poor_household && <Tag color="volcano">{t('console.poorHousehold')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('console.roster.mobile'),
      dataIndex: 'trainee_mobile',
      width: 130,
      render: (v: string) => <span className="mono">{v}</span>,
    },
    {
      title: t('console.roster.status'),
      dataIndex: 'status',
      width: 130,
      render: (_, e) => (
        <Tag color={ENROLMENT_COLOR[e.status]} data-testid="enrolment-status">
          {e.status === 'waitlisted' && e.waitlist_position
            ? t('console.roster.position', { position: e.waitlist_position })
            : t(`console.enrolmentStatus.${e.status}`)}
        </Tag>
      ),
    },
    {
      title: t('console.roster.requestedAt'),
      dataIndex: 'requested_at',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('console.roster.actions'),
      key: 'actions',
      width: 170,
      render: (_, e) => (
        <Flex gap={4}>
          <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistory(e)}>
            {t('console.roster.history')}
          </Button>
          {(e.status === 'booked' || e.status === 'waitlisted') && !session.completed_at && (
            <Popconfirm
              title={t('console.roster.cancelConfirm', { name: e.trainee_name })}
              description={
                <Typography.Text type="secondary" className="popconfirm-note">
                  {t('console.roster.cancelHint')}
                </Typography.Text>
              }
              okText={t('console.roster.cancel')}
              okButtonProps={{ danger: true, loading: cancel.isPending }}
              cancelText={t('common:actions.cancel')}
              onConfirm={() => cancel.mutateAsync(e).catch(() => undefined)}
            >
              <Button size="small" danger data-testid="cancel-enrolment">
                {t('console.roster.cancel')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="roster">
      <Flex gap={8} wrap justify="space-between" align="center">
        {!session.completed_at && <EnrolTrainee session={session} onEnrolled={refresh} />}
        <Flex gap={8} wrap>
          {!session.completed_at && <CapacityButton session={session} onChanged={refresh} />}
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void exportRoster()}
            data-testid="roster-export"
          >
            {t('console.roster.export')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Text type="secondary" data-testid="roster-summary">
        {t('console.roster.summary', {
          booked: session.booked_count,
          waitlist: session.waitlist_count,
          capacity: session.capacity,
        })}
      </Typography.Text>
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <Table<Enrolment>
        rowKey={(e) => e.id}
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        size="small"
        scroll={{ x: 790 }}
        rowClassName={(e) => (e.status === 'cancelled' ? 'row-muted' : '')}
        locale={{ emptyText: t('console.roster.empty') }}
        pagination={
          (query.data?.total ?? 0) > PAGE && {
            current: page,
            pageSize: PAGE,
            total: query.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }
        }
      />
      <EnrolmentHistory enrolment={history} onClose={() => setHistory(null)} />
    </Flex>
  );
}
