import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import { APPLICATION_STATUSES, LOAN_USES } from '@/domain/enums';
import { useBankOptions } from '@/domain/useBankOptions';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatDateTime, formatMoney } from '@/lib/format';
import { yearOptions } from '../lifecycle';
import { StatusTag } from '../StatusTag';
import { fetchApplications } from './api';
import { Pipeline } from './Pipeline';

export function ApplicationsPage() {
  const { t, i18n } = useTranslation('loans');
  const banks = useBankOptions();
  const county = (a: Application) => countyName(a.county_code, i18n.language, a.county_name);

  const columns: TableColumnsType<Application> = [
    {
      title: t('applications.columns.project'),
      dataIndex: 'project_name',
      width: 200,
      fixed: 'left',
      render: (_, a) => <Link to={`/loans/applications/${a.id}`}>{a.project_name}</Link>,
    },
    { title: t('applications.columns.borrower'), dataIndex: 'borrower_name', width: 90 },
    { title: t('applications.columns.county'), dataIndex: 'county_code', width: 100, render: (_, a) => county(a) },
    {
      title: t('applications.columns.use'),
      dataIndex: 'project_use',
      width: 100,
      render: (_, a) => t(`use.${a.project_use}`),
    },
    {
      title: t('applications.columns.amount'),
      dataIndex: 'amount_requested',
      width: 130,
      align: 'right',
      render: (_, a) => formatMoney(a.amount_requested),
    },
    {
      title: t('applications.columns.status'),
      dataIndex: 'status',
      width: 110,
      render: (_, a) => <StatusTag status={a.status} />,
    },
    {
      title: t('applications.filters.bank'),
      dataIndex: 'bank_id',
      width: 190,
      ellipsis: true,
      render: (_, a) => banks.nameOf(a.bank_id) ?? '—',
    },
    {
      title: t('applications.columns.submittedAt'),
      dataIndex: 'submitted_at',
      width: 140,
      render: (_, a) => formatDateTime(a.submitted_at) || '—',
    },
  ];

  const exportColumns: ExportColumn<Application>[] = [
    { header: t('applications.columns.project'), value: (a) => a.project_name },
    { header: t('applications.columns.borrower'), value: (a) => a.borrower_name },
    { header: t('applications.columns.county'), value: county },
    { header: t('applications.columns.use'), value: (a) => t(`use.${a.project_use}`) },
    { header: t('applications.columns.amount'), value: (a) => decimal(a.amount_requested), format: '#,##0.00' },
    { header: t('applications.columns.jobs'), value: (a) => a.jobs_created },
    { header: t('applications.columns.poorHouseholds'), value: (a) => a.poor_households_driven },
    { header: t('applications.columns.status'), value: (a) => t(`status.${a.status}`) },
    { header: t('applications.filters.bank'), value: (a) => banks.nameOf(a.bank_id) },
    { header: t('applications.columns.submittedAt'), value: (a) => formatDateTime(a.submitted_at) },
    { header: t('applications.columns.createdAt'), value: (a) => formatDateTime(a.created_at) },
  ];

  return (
    <ListPage<Application>
      title={t('applications.title')}
      description={t('applications.description')}
      queryKey={['loans', 'applications']}
      fetchPage={fetchApplications}
      filters={[
        {
          kind: 'select',
          name: 'status',
          placeholder: t('applications.filters.status'),
          options: APPLICATION_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
        },
        countyFilter(),
        { kind: 'select', name: 'bank_id', placeholder: t('applications.filters.bank'), options: banks.options },
        {
          kind: 'select',
          name: 'use',
          placeholder: t('applications.filters.use'),
          options: LOAN_USES.map((use) => ({ value: use, label: t(`use.${use}`) })),
        },
        {
          kind: 'select',
          name: 'year',
          placeholder: t('applications.filters.year'),
          options: yearOptions(new Date()).map((year) => ({ value: String(year), label: String(year) })),
        },
      ]}
      columns={columns}
      rowKey={(a) => a.id}
      exportColumns={exportColumns}
      exportName={t('applications.exportName')}
      scrollX={1060}
    >
      <Pipeline />
    </ListPage>
  );
}
