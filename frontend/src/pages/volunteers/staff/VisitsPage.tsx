import { useQuery } from '@tanstack/react-query';
import { Button, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { fetchTeams } from './api';
import { VISIT_COLOR } from './enums';
import type { Visit, VisitReference } from './types';
import { VisitDrawer } from './VisitDrawer';
import { fetchVisits, visitsKey } from './workApi';
import './staff.css';

/** 产业走访: the industry teams' site visits; each opens in a drawer to be reviewed or returned. */
export function VisitsPage() {
  const { t } = useTranslation('volunteers');
  const [params, setParams] = useSearchParams();
  const openId = params.get('visit');
  const teams = useQuery({
    queryKey: ['volunteers', 'teams', 'options'],
    queryFn: ({ signal }) => fetchTeams({ limit: 100, offset: 0, filters: {} }, signal),
  });
  const industryTeams = (teams.data?.items ?? []).filter((x) => x.kind === 'service_team');
  const col = (key: string) => t(`staff.visits.columns.${key}` as 'staff.visits.columns.on');
  const reference = (ref: VisitReference | null) =>
    ref ? `${t(`staff.visits.referenceKind.${ref.kind}`)}：${ref.available && ref.name ? ref.name : ref.id}` : '';
  const open = (id: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('visit', id);
        else next.delete('visit');
        return next;
      },
      { replace: true },
    );

  const columns: TableColumnsType<Visit> = [
    { title: col('on'), dataIndex: 'on', width: 110, fixed: 'left' },
    { title: col('team'), dataIndex: 'team_name', width: 180 },
    { title: col('kind'), dataIndex: 'kind', width: 110, render: (_, v) => t(`staff.visits.kind.${v.kind}`) },
    {
      title: col('organisation'),
      dataIndex: 'organisation',
      width: 220,
      render: (_, v) => (
        <Button type="link" className="row-link" onClick={() => open(v.id)}>
          {v.organisation}
        </Button>
      ),
    },
    {
      title: col('reference'),
      key: 'reference',
      width: 200,
      render: (_, v) =>
        v.reference &&
        (v.reference.available && v.reference.name ? (
          reference(v.reference)
        ) : (
          <span className="muted">
            {reference(v.reference)}（{t('staff.visits.unavailable')}）
          </span>
        )),
    },
    {
      title: col('status'),
      dataIndex: 'status',
      width: 100,
      render: (_, v) => <Tag color={VISIT_COLOR[v.status]}>{t(`staff.visits.visitStatus.${v.status}`)}</Tag>,
    },
  ];
  const exportColumns: ExportColumn<Visit>[] = [
    { header: col('on'), value: (v) => v.on },
    { header: col('team'), value: (v) => v.team_name },
    { header: col('kind'), value: (v) => t(`staff.visits.kind.${v.kind}`) },
    { header: col('organisation'), value: (v) => v.organisation },
    { header: col('reference'), value: (v) => reference(v.reference) },
    { header: t('staff.visits.findings'), value: (v) => v.findings },
    { header: t('staff.visits.recommendations'), value: (v) => v.recommendations },
    { header: col('status'), value: (v) => t(`staff.visits.visitStatus.${v.status}`) },
    { header: t('staff.visits.reviewNote'), value: (v) => v.review_note },
  ];

  return (
    <>
      <ListPage<Visit>
        title={t('staff.visits.title')}
        description={t('staff.visits.description')}
        queryKey={visitsKey}
        fetchPage={fetchVisits}
        filters={[
          {
            kind: 'select',
            name: 'team_id',
            placeholder: t('staff.visits.columns.team'),
            options: industryTeams.map((x) => ({ value: x.id, label: x.name })),
          },
        ]}
        columns={columns}
        rowKey={(v) => v.id}
        exportColumns={exportColumns}
        exportName={t('staff.visits.exportName')}
        scrollX={940}
      />
      <VisitDrawer id={openId} onClose={() => open(null)} />
    </>
  );
}
