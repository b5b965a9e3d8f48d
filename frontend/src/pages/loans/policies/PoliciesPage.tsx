import { Flex, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyVersion } from '@/api/models';
import { canManagePolicies } from '@/auth/access';
import { useCurrentUser } from '@/auth/CurrentUser';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatMoney } from '@/lib/format';
import { fetchPolicies } from './api';
import { CreatePolicyButton } from './CreatePolicyButton';

export function PoliciesPage() {
  const { t } = useTranslation('loans');
  const user = useCurrentUser();
  const period = (p: PolicyVersion) => `${p.effective_from} – ${p.effective_to ?? t('policies.ongoing')}`;
  const capRate = (p: PolicyVersion) => t('policies.capRate', { tenor: t(`lprTenor.${p.lpr_tenor}`), bp: p.spread_bp });
  const ages = (p: PolicyVersion) => t('policies.ageRange', { min: p.age_min, max: p.age_max });
  const uses = (p: PolicyVersion) => p.eligible_uses.map((use) => t(`use.${use}`));

  const columns: TableColumnsType<PolicyVersion> = [
    { title: t('policies.columns.name'), dataIndex: 'name', width: 220, fixed: 'left' },
    { title: t('policies.columns.period'), dataIndex: 'effective_from', width: 170, render: (_, p) => period(p) },
    {
      title: t('policies.columns.principalCap'),
      dataIndex: 'principal_cap',
      width: 130,
      align: 'right',
      render: (_, p) => formatMoney(p.principal_cap),
    },
    { title: t('policies.columns.capRate'), dataIndex: 'spread_bp', width: 160, render: (_, p) => capRate(p) },
    {
      title: t('policies.columns.term'),
      dataIndex: 'subsidised_term_months',
      width: 80,
      render: (_, p) => t('policies.months', { count: p.subsidised_term_months }),
    },
    { title: t('policies.columns.age'), dataIndex: 'age_min', width: 100, render: (_, p) => ages(p) },
    {
      title: t('policies.columns.uses'),
      dataIndex: 'eligible_uses',
      render: (_, p) => (
        <Flex wrap gap={4}>
          {uses(p).map((use) => (
            <Tag key={use} bordered={false}>
              {use}
            </Tag>
          ))}
        </Flex>
      ),
    },
  ];

  const exportColumns: ExportColumn<PolicyVersion>[] = [
    { header: t('policies.columns.name'), value: (p) => p.name },
    { header: t('policies.columns.effectiveFrom'), value: (p) => p.effective_from },
    { header: t('policies.columns.effectiveTo'), value: (p) => p.effective_to },
    { header: t('policies.columns.principalCap'), value: (p) => decimal(p.principal_cap), format: '#,##0.00' },
    { header: t('policies.columns.capRate'), value: capRate },
    { header: t('policies.columns.term'), value: (p) => p.subsidised_term_months },
    { header: t('policies.columns.age'), value: ages },
    { header: t('policies.columns.uses'), value: (p) => uses(p).join('、') },
  ];

  return (
    <ListPage<PolicyVersion>
      title={t('policies.title')}
      description={t('policies.description')}
      queryKey={['loans', 'policies']}
      fetchPage={fetchPolicies}
      columns={columns}
      rowKey={(p) => p.id}
      exportColumns={exportColumns}
      exportName={t('policies.exportName')}
      scrollX={1060}
      actions={canManagePolicies(user.role) && <CreatePolicyButton />}
    />
  );
}
