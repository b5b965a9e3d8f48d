import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Card,
  Flex,
  Grid,
  Progress,
  Result,
  Skeleton,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import type { ExportColumn } from '@/export/sheet';
import { BackLink } from '@/pages/loans/BackLink';
import { boardKey, fetchBoard } from './api';
import { placesUsed, round1, scoreParts } from './board';
import { BoardActions } from './BoardActions';
import { APPLICATION_COLOR } from './enums';
import { InterviewScore } from './InterviewScore';
import type { BoardRow } from './types';
import './staff.css';

/** 招募看板: an activity's applicants ranked by score, with the places filled, the interview scores and the
 * decisions the API allows on each. */
export function BoardPage() {
  const { t } = useTranslation('volunteers');
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  // Pinned columns would take most of a phone's width: phones scroll every column.
  const phone = !Grid.useBreakpoint().md;
  const query = useQuery({ queryKey: boardKey(id), queryFn: ({ signal }) => fetchBoard(id, signal) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: boardKey(id) });
  const back = <BackLink to="/volunteers/activities" label={t('staff.board.back')} />;
  const b = (key: string) => t(`staff.board.${key}` as 'staff.board.name');
  const yesNo = (v: boolean) => (v ? t('staff.yes') : t('staff.no'));
  const skills = (row: BoardRow) => row.profile.skills.map((s) => t(`staff.skill.${s}`)).join('、');

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={b('notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const board = query.data;
  const used = placesUsed(board.accepted, board.places);

  const columns: TableColumnsType<BoardRow> = [
    { title: b('rank'), key: 'rank', width: 60, align: 'center', render: (_, row) => row.rank },
    {
      title: b('name'),
      key: 'name',
      width: 110,
      fixed: 'left',
      render: (_, row) => (
        <Flex vertical align="flex-start" gap={2}>
          <Tooltip title={row.motivation ? `${b('motivation')}：${row.motivation}` : undefined}>
            <Typography.Text strong>{row.profile.name}</Typography.Text>
          </Tooltip>
          {row.profile.native && <Tag color="red">{b('native')}</Tag>}
        </Flex>
      ),
    },
    {
      title: b('school'),
      key: 'school',
      width: 170,
      render: (_, row) => (
        <Flex vertical>
          <span>{row.profile.university}</span>
          <Typography.Text type="secondary">
            {row.profile.major} · {t('staff.board.studyYear', { year: row.profile.year })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: b('skills'),
      key: 'skills',
      width: 150,
      render: (_, row) => row.profile.skills.map((s) => <Tag key={s}>{t(`staff.skill.${s}`)}</Tag>),
    },
    {
      title: b('score'),
      dataIndex: 'score',
      width: 90,
      align: 'right',
      render: (_, row) => (
        <Tooltip
          title={scoreParts(row.score_parts)
            .map((part) => `${b(`part${part.key[0]!.toUpperCase()}${part.key.slice(1)}`)} ${part.value}`)
            .join(' · ')}
        >
          <Typography.Text strong className="board-score" data-testid="board-score">
            {round1(row.score)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: b('interview'),
      key: 'interview',
      width: 140,
      render: (_, row) => <InterviewScore key={`${row.id}-${row.interview_score}`} row={row} onSaved={refresh} />,
    },
    {
      title: b('declaration'),
      key: 'declaration',
      width: 120,
      render: (_, row) =>
        row.profile.may_meet_children ? (
          <Tag icon={<CheckCircleFilled />} color="success">
            {b('declared')}
          </Tag>
        ) : (
          <Tag icon={<ExclamationCircleFilled />} color={board.activity.meets_children ? 'error' : 'default'}>
            {b('notDeclared')}
          </Tag>
        ),
    },
    {
      title: b('status'),
      dataIndex: 'status',
      width: 100,
      render: (_, row) => (
        <Tag color={APPLICATION_COLOR[row.status]} data-testid="board-status">
          {t(`staff.applicationStatus.${row.status}`)}
        </Tag>
      ),
    },
    {
      title: b('actions'),
      key: 'actions',
      width: 250,
      fixed: 'right',
      render: (_, row) => <BoardActions row={row} onDone={refresh} />,
    },
  ];

  const exportColumns: ExportColumn<BoardRow>[] = [
    { header: b('rank'), value: (row) => row.rank },
    { header: b('name'), value: (row) => row.profile.name },
    { header: t('staff.board.school'), value: (row) => `${row.profile.university} ${row.profile.major}` },
    { header: b('native'), value: (row) => yesNo(row.profile.native) },
    { header: b('skills'), value: skills },
    { header: b('score'), value: (row) => round1(row.score), format: '0.0' },
    { header: b('partNative'), value: (row) => round1(row.score_parts.native), format: '0.0' },
    { header: b('partSkills'), value: (row) => round1(row.score_parts.skills), format: '0.0' },
    { header: b('partInterview'), value: (row) => round1(row.score_parts.interview), format: '0.0' },
    { header: b('interview'), value: (row) => row.interview_score },
    { header: b('declaration'), value: (row) => yesNo(row.profile.may_meet_children) },
    { header: b('status'), value: (row) => t(`staff.applicationStatus.${row.status}`) },
    { header: b('motivation'), value: (row) => row.motivation },
  ];

  return (
    <div className="detail-page" data-testid="board-page">
      {back}
      <PageHeader
        title={t('staff.board.title', { name: board.activity.name })}
        description={b('description')}
        extra={
          <ExportButton<BoardRow>
            name={`${b('exportName')}-${board.activity.name}`}
            columns={exportColumns}
            fetchPage={async () => ({ items: board.items, total: board.items.length })}
            disabled={board.items.length === 0}
          />
        }
      />
      <Card className="detail-card board-places" size="small">
        <Flex gap={16} align="center" wrap>
          <Typography.Text strong data-testid="board-places">
            {t('staff.board.placesUsed', { accepted: board.accepted, places: board.places })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('staff.board.applicants', { count: board.applicants })}</Typography.Text>
          <Progress
            className="board-progress"
            percent={used.percent}
            status={used.full ? 'exception' : 'active'}
            format={() => (used.full ? b('full') : `${used.percent}%`)}
          />
        </Flex>
        {board.activity.meets_children && <Alert type="warning" showIcon message={b('meetsChildren')} />}
      </Card>
      <Card className="list-card">
        <Table<BoardRow>
          rowKey={(row) => row.id}
          columns={phone ? columns.map(({ fixed: _pinned, ...column }) => column) : columns}
          dataSource={board.items}
          loading={query.isFetching}
          size="middle"
          scroll={{ x: 1230 }}
          pagination={false}
          locale={{ emptyText: b('empty') }}
          data-testid="board-table"
        />
      </Card>
    </div>
  );
}
