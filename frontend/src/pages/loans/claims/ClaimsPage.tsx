import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Claim } from '@/api/models';
import { ListPage } from '@/components/list/ListPage';
import { CLAIM_STATUSES } from '@/domain/enums';
import { useBankOptions } from '@/domain/useBankOptions';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatMoney } from '@/lib/format';
import { yearOptions } from '../lifecycle';
import { fetchClaims } from './api';
import { ClaimStatusTag } from './ClaimTags';

export function ClaimsPage() {
  const { t } = useTranslation('loans');
  const banks = useBankOptions();
  const period = (c: Claim) => t('claims.period', { year: c.year, quarter: c.quarter });
  const money = (value: string) => formatMoney(value);

  const columns: TableColumnsType<Claim> = [
    {
      title: t('claims.columns.period'),
      dataIndex: 'year',
      width: 150,
      fixed: 'left',
      render: (_, c) => <Link to={`/loans/claims/${c.id}`}>{period(c)}</Link>,
    },
    { title: t('claims.columns.bank'), dataIndex: 'bank_name', width: 200, ellipsis: true },
    {
      title: t('claims.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (_, c) => <ClaimStatusTag status={c.status} />,
    },
    { title: t('claims.columns.lines'), dataIndex: 'line_count', width: 70, align: 'right' },
    { title: t('claims.columns.pending'), dataIndex: 'pending_lines', width: 80, align: 'right' },
    {
      title: t('claims.columns.flagged'),
      dataIndex: 'flagged_lines',
      width: 70,
      align: 'right',
      render: (_, c) => (c.flagged_lines > 0 ? <span className="flag-count">{c.flagged_lines}</span> : 0),
    },
    {
      title: t('claims.columns.claimedInterest'),
      dataIndex: 'claimed_interest',
      width: 140,
      align: 'right',
      render: money,
    },
    {
      title: t('claims.columns.computedSubsidy'),
      dataIndex: 'computed_subsidy',
      width: 140,
      align: 'right',
      render: money,
    },
    {
      title: t('claims.columns.approvedSubsidy'),
      dataIndex: 'approved_subsidy',
      width: 140,
      align: 'right',
      render: money,
    },
    {
      title: t('claims.columns.voucher'),
      dataIndex: 'voucher_number',
      width: 140,
      render: (_, c) => c.voucher_number ?? '—',
    },
  ];

  const exportColumns: ExportColumn<Claim>[] = [
    { header: t('claims.columns.period'), value: period },
    { header: t('claims.columns.bank'), value: (c) => c.bank_name },
    { header: t('claims.columns.dates'), value: (c) => `${c.period_start} – ${c.period_end}` },
    { header: t('claims.columns.status'), value: (c) => t(`claimStatus.${c.status}`) },
    { header: t('claims.columns.lines'), value: (c) => c.line_count },
    { header: t('claims.columns.pending'), value: (c) => c.pending_lines },
    { header: t('claims.columns.flagged'), value: (c) => c.flagged_lines },
    { header: t('claims.columns.claimedInterest'), value: (c) => decimal(c.claimed_interest), format: '#,##0.00' },
    { header: t('claims.columns.computedSubsidy'), value: (c) => decimal(c.computed_subsidy), format: '#,##0.00' },
    { header: t('claims.columns.approvedSubsidy'), value: (c) => decimal(c.approved_subsidy), format: '#,##0.00' },
    { header: t('claims.columns.voucher'), value: (c) => c.voucher_number },
  ];

  return (
    <ListPage<Claim>
      title={t('claims.title')}
      description={t('claims.description')}
      queryKey={['loans', 'claims']}
      fetchPage={fetchClaims}
      filters={[
        {
          kind: 'select',
          name: 'status',
          placeholder: t('claims.filters.status'),
          options: CLAIM_STATUSES.map((status) => ({ value: status, label: t(`claimStatus.${status}`) })),
        },
        { kind: 'select', name: 'bank_id', placeholder: t('claims.filters.bank'), options: banks.options },
        {
          kind: 'select',
          name: 'year',
          placeholder: t('claims.filters.year'),
          options: yearOptions(new Date()).map((year) => ({ value: String(year), label: String(year) })),
        },
        {
          kind: 'select',
          name: 'quarter',
          placeholder: t('claims.filters.quarter'),
          options: [1, 2, 3, 4].map((quarter) => ({ value: String(quarter), label: t('claims.quarter', { quarter }) })),
        },
      ]}
      columns={columns}
      rowKey={(c) => c.id}
      exportColumns={exportColumns}
      exportName={t('claims.exportName')}
      scrollX={1220}
    />
  );
}
