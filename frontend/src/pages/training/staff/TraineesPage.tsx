import { Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { fetchTrainees, traineesKey } from './api';
import type { Trainee } from './contract';
import { CreateTraineeButton } from './CreateTraineeButton';
import { ImportTraineesButton } from './ImportTraineesButton';

/** 学员: the trainees in the staff's scope, searchable, filtered by county and poor household; registered
 * one by one or imported from a sheet. */
export function TraineesPage() {
  const { t, i18n } = useTranslation('training');
  const county = (x: Trainee) => countyName(x.county_code, i18n.language, x.county_name);
  const groups = (x: Trainee) => x.groups.map((g) => t(`console.targetGroup.${g}`)).join('、');
  const col = (key: string) => t(`console.trainees.columns.${key}` as 'console.trainees.columns.name');

  const columns: TableColumnsType<Trainee> = [
    { title: col('name'), dataIndex: 'name', width: 100, fixed: 'left' },
    { title: col('mobile'), dataIndex: 'mobile', width: 130, render: (v: string) => <span className="mono">{v}</span> },
    { title: col('county'), dataIndex: 'county_code', width: 130, render: (_, x) => county(x) },
    { title: col('town'), dataIndex: 'town', width: 100 },
    {
      title: col('poor'),
      dataIndex: 'poor_household',
      width: 100,
      render: (v: boolean) => (v ? <Tag color="volcano">{t('console.poorHousehold')}</Tag> : null),
    },
    {
      title: col('groups'),
      key: 'groups',
      width: 180,
      render: (_, x) => x.groups.map((g) => <Tag key={g}>{t(`console.targetGroup.${g}`)}</Tag>),
    },
    {
      title: col('account'),
      dataIndex: 'has_account',
      width: 90,
      render: (v: boolean) => (v ? t('console.trainees.hasAccount') : t('console.trainees.noAccount')),
    },
    { title: col('createdAt'), dataIndex: 'created_at', width: 150, render: (v: string) => formatDateTime(v) },
  ];
  const exportColumns: ExportColumn<Trainee>[] = [
    { header: col('name'), value: (x) => x.name },
    { header: col('mobile'), value: (x) => x.mobile },
    { header: col('idCard'), value: (x) => x.id_card },
    { header: col('county'), value: county },
    { header: col('town'), value: (x) => x.town },
    { header: col('poor'), value: (x) => (x.poor_household ? t('console.yes') : t('console.no')) },
    { header: col('groups'), value: groups },
    {
      header: col('account'),
      value: (x) => (x.has_account ? t('console.trainees.hasAccount') : t('console.trainees.noAccount')),
    },
    { header: col('createdAt'), value: (x) => formatDateTime(x.created_at) },
  ];

  return (
    <ListPage<Trainee>
      title={t('console.trainees.title')}
      description={t('console.trainees.description')}
      queryKey={traineesKey}
      fetchPage={fetchTrainees}
      actions={
        <>
          <CreateTraineeButton />
          <ImportTraineesButton />
        </>
      }
      filters={[
        { kind: 'search', name: 'q', placeholder: t('console.trainees.search') },
        countyFilter(),
        {
          kind: 'select',
          name: 'poor_household',
          placeholder: t('console.trainees.poorFilter'),
          options: [
            { value: 'yes', label: t('console.yes') },
            { value: 'no', label: t('console.no') },
          ],
        },
      ]}
      columns={columns}
      rowKey={(x) => x.id}
      exportColumns={exportColumns}
      exportName={t('console.trainees.exportName')}
      scrollX={980}
    />
  );
}
