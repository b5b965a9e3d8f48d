import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Select, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import type { ExportColumn } from '@/export/sheet';
import { BUSINESS_TZ } from '@/lib/businessZone';
import { attendanceKey, fetchAttendance, saveAttendance } from './api';
import { allPresent, changedMarks, gridOf, presentOn, type Grid } from './attendance';
import type { AttendanceSheet, AttendanceStatus, TrainingSession } from './contract';
import { ATTENDANCE_STATUSES } from './enums';

type Row = AttendanceSheet['rows'][number];
const dayLabel = (iso: string) => dayjs(iso).tz(BUSINESS_TZ).format('MM-DD HH:mm');

/** 考勤: trainees down, the session's dates across; staff mark each cell and save the changes. */
export function AttendanceTab({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: attendanceKey(session.id),
    queryFn: ({ signal }) => fetchAttendance(session.id, signal),
  });
  const [grid, setGrid] = useState<Grid>({});
  useEffect(() => {
    if (query.data) setGrid(gridOf(query.data));
  }, [query.data]);
  const sheet = query.data;
  const changes = sheet ? changedMarks(sheet, grid) : [];
  const save = useMutation({
    mutationFn: () => saveAttendance(session.id, changes),
    onSuccess: (result) => {
      void message.success(t('console.attendance.saved', { count: result.marked }));
      void queryClient.invalidateQueries({ queryKey: attendanceKey(session.id) });
    },
  });

  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!sheet) return <Skeleton active />;
  const label = (status: AttendanceStatus) => t(`console.attendanceStatus.${status}`);
  const set = (enrolmentId: string, dateId: string, status: AttendanceStatus) =>
    setGrid((current) => ({ ...current, [enrolmentId]: { ...current[enrolmentId], [dateId]: status } }));

  const columns: TableColumnsType<Row> = [
    { title: t('console.attendance.trainee'), dataIndex: 'trainee_name', width: 120, fixed: 'left' },
    ...sheet.dates.map((date) => ({
      title: (
        <Flex vertical>
          <span>{dayLabel(date.starts_at)}</span>
          <Typography.Text type="secondary" className="small-note">
            {t('console.attendance.present', { count: presentOn(grid, date.id) })}
          </Typography.Text>
        </Flex>
      ),
      key: date.id,
      width: 140,
      render: (_: unknown, row: Row) => (
        <Select<AttendanceStatus>
          size="small"
          className="attendance-select"
          placeholder={t('console.attendance.unmarked')}
          value={grid[row.enrolment_id]?.[date.id]}
          onChange={(status) => set(row.enrolment_id, date.id, status)}
          options={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: label(s) }))}
          aria-label={`${row.trainee_name} ${dayLabel(date.starts_at)}`}
          data-testid="attendance-cell"
        />
      ),
    })),
  ];
  const exportColumns: ExportColumn<Row>[] = [
    { header: t('console.attendance.trainee'), value: (row) => row.trainee_name },
    ...sheet.dates.map((date) => ({
      header: dayLabel(date.starts_at),
      value: (row: Row) => {
        const status = row.marks[date.id];
        return status ? label(status) : '';
      },
    })),
  ];

  return (
    <Flex vertical gap={12} data-testid="attendance">
      <Flex gap={8} wrap justify="space-between" align="center">
        <Flex gap={8} wrap>
          <Button
            icon={<CheckOutlined />}
            onClick={() => setGrid(allPresent(sheet))}
            disabled={sheet.rows.length === 0}
            data-testid="all-present"
          >
            {t('console.attendance.allPresent')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={changes.length === 0}
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="attendance-save"
          >
            {t('console.attendance.save')}
          </Button>
          {changes.length > 0 && (
            <Button type="link" onClick={() => setGrid(gridOf(sheet))}>
              {t('console.attendance.discard')}
            </Button>
          )}
        </Flex>
        <ExportButton<Row>
          name={`${t('console.attendance.exportName')}-${session.title}`}
          columns={exportColumns}
          fetchPage={async () => ({ items: sheet.rows, total: sheet.rows.length })}
          disabled={sheet.rows.length === 0}
        />
      </Flex>
      {changes.length > 0 && (
        <Typography.Text type="warning">{t('console.attendance.unsaved', { count: changes.length })}</Typography.Text>
      )}
      {save.isError && <ErrorAlert error={save.error} />}
      <Table<Row>
        rowKey={(row) => row.enrolment_id}
        columns={columns}
        dataSource={sheet.rows}
        size="small"
        pagination={false}
        scroll={{ x: 120 + sheet.dates.length * 140 }}
        locale={{ emptyText: t('console.attendance.empty') }}
      />
    </Flex>
  );
}
