import { Progress, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { campsKey, fetchCamps } from './api';
import { percent } from './tenOnes';
import type { Camp } from './types';
import './staff.css';

/** 夏令营: every camp with its children and how far their ten ones have come; each opens its dashboard. */
export function CampsPage() {
  const { t } = useTranslation('volunteers');
  const col = (key: string) => t(`staff.camps.columns.${key}` as 'staff.camps.columns.name');
  const point = (x: Camp) =>
    [x.service_point.county_name, x.service_point.town, x.service_point.village].filter(Boolean).join(' · ');
  const columns: TableColumnsType<Camp> = [
    {
      title: col('name'),
      dataIndex: 'name',
      width: 200,
      fixed: 'left',
      render: (_, x) => <Link to={`/volunteers/camps/${x.id}`}>{x.name}</Link>,
    },
    { title: col('team'), dataIndex: 'team_name', width: 180 },
    { title: col('point'), key: 'point', width: 220, render: (_, x) => point(x) },
    { title: col('period'), key: 'period', width: 200, render: (_, x) => `${x.starts_on} – ${x.ends_on}` },
    { title: col('children'), dataIndex: 'children', width: 80, align: 'right' },
    {
      title: col('completion'),
      dataIndex: 'completion',
      width: 200,
      render: (_, x) => <Progress percent={percent(x.completion)} size="small" />,
    },
  ];
  const exportColumns: ExportColumn<Camp>[] = [
    { header: col('name'), value: (x) => x.name },
    { header: col('team'), value: (x) => x.team_name },
    { header: col('point'), value: point },
    { header: col('period'), value: (x) => `${x.starts_on} – ${x.ends_on}` },
    { header: col('children'), value: (x) => x.children },
    { header: col('completion'), value: (x) => x.completion, format: '0%' },
  ];
  return (
    <ListPage<Camp>
      title={t('staff.camps.title')}
      description={t('staff.camps.description')}
      queryKey={campsKey}
      fetchPage={fetchCamps}
      columns={columns}
      rowKey={(x) => x.id}
      exportColumns={exportColumns}
      exportName={t('staff.camps.exportName')}
      scrollX={1080}
      // A camp's `children` is a count, not nested rows.
      expandable={{ childrenColumnName: 'nested_rows' }}
    />
  );
}
