import { Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bank } from '@/api/models';
import { canManageBanks } from '@/auth/access';
import { useCurrentUser } from '@/auth/CurrentUser';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { BANK_TYPES } from '@/domain/enums';
import { formatDateTime } from '@/lib/format';
import { fetchBanks } from './api';
import { CreateBankButton } from './CreateBankButton';

const TYPE_COLOR: Record<Bank['bank_type'], string> = {
  postal_savings: 'green',
  rural_commercial: 'gold',
  other: 'default',
};

export function BanksPage() {
  const { t } = useTranslation('loans');
  const user = useCurrentUser();
  const typeLabel = (bank: Bank) => t(`bankType.${bank.bank_type}`);

  const columns: TableColumnsType<Bank> = [
    { title: t('banks.columns.name'), dataIndex: 'name', width: 260 },
    {
      title: t('banks.columns.bankType'),
      dataIndex: 'bank_type',
      width: 120,
      render: (_, bank) => <Tag color={TYPE_COLOR[bank.bank_type]}>{typeLabel(bank)}</Tag>,
    },
    {
      title: t('banks.columns.branches'),
      dataIndex: 'branches',
      render: (_, bank) => (bank.branches.length > 0 ? bank.branches.join('、') : '—'),
    },
    {
      title: t('banks.columns.createdAt'),
      dataIndex: 'created_at',
      width: 170,
      render: (_, bank) => formatDateTime(bank.created_at),
    },
  ];

  const exportColumns: ExportColumn<Bank>[] = [
    { header: t('banks.columns.name'), value: (bank) => bank.name },
    { header: t('banks.columns.bankType'), value: typeLabel },
    { header: t('banks.columns.branches'), value: (bank) => bank.branches.join('、') },
    { header: t('banks.columns.createdAt'), value: (bank) => formatDateTime(bank.created_at) },
  ];

  return (
    <ListPage<Bank>
      title={t('banks.title')}
      description={t('banks.description')}
      queryKey={['loans', 'banks']}
      fetchPage={fetchBanks}
      filters={[
        { kind: 'search', name: 'q', placeholder: t('banks.filters.q') },
        {
          kind: 'select',
          name: 'bank_type',
          placeholder: t('banks.filters.bankType'),
          options: BANK_TYPES.map((type) => ({ value: type, label: t(`bankType.${type}`) })),
        },
      ]}
      columns={columns}
      rowKey={(bank) => bank.id}
      exportColumns={exportColumns}
      exportName={t('banks.exportName')}
      actions={canManageBanks(user.role) && <CreateBankButton />}
    />
  );
}
