import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LprFixing } from '@/api/models';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { decimal } from '@/lib/format';
import { fetchLpr } from './api';
import { LprInForce } from './LprInForce';

const percent = (value: string) => `${value}%`;

export function LprPage() {
  const { t } = useTranslation('loans');

  const columns: TableColumnsType<LprFixing> = [
    { title: t('lpr.columns.effectiveDate'), dataIndex: 'effective_date', width: 160 },
    { title: t('lpr.columns.lpr1y'), dataIndex: 'lpr_1y_pct', align: 'right', render: percent },
    { title: t('lpr.columns.lpr5y'), dataIndex: 'lpr_5y_pct', align: 'right', render: percent },
  ];

  const exportColumns: ExportColumn<LprFixing>[] = [
    { header: t('lpr.columns.effectiveDate'), value: (row) => row.effective_date },
    { header: `${t('lpr.columns.lpr1y')} (%)`, value: (row) => decimal(row.lpr_1y_pct), format: '0.00' },
    { header: `${t('lpr.columns.lpr5y')} (%)`, value: (row) => decimal(row.lpr_5y_pct), format: '0.00' },
  ];

  return (
    <ListPage<LprFixing>
      title={t('lpr.title')}
      description={t('lpr.description')}
      queryKey={['loans', 'lpr']}
      fetchPage={fetchLpr}
      columns={columns}
      rowKey={(row) => row.id}
      exportColumns={exportColumns}
      exportName={t('lpr.exportName')}
      scrollX={480}
      narrow
    >
      <LprInForce />
    </ListPage>
  );
}
