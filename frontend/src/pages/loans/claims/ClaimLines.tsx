import { WarningOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Grid, Table, Tooltip, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Claim, ClaimLine } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FilterBar } from '@/components/list/FilterBar';
import { PAGE_SIZES, useListParams } from '@/components/list/useListParams';
import { LINE_DECISIONS } from '@/domain/enums';
import { formatMoney } from '@/lib/format';
import { decideLine, fetchClaimLines } from './api';
import { DecisionTag } from './ClaimTags';
import { RejectLineModal } from './RejectLineModal';
import { useClaimMutation } from './useClaimMutation';

interface ClaimLinesProps {
  claim: Claim;
  /** City staff reviewing a claim still under review. */
  reviewing: boolean;
  /** Buttons above the table, e.g. "approve every unflagged line". */
  actions?: ReactNode;
}

/** The claim's lines, filterable (decision, flagged) with the page in the URL; flagged lines stand
 * out, and a reviewer approves or rejects each (a reason to reject). */
export function ClaimLines({ claim, reviewing, actions }: ClaimLinesProps) {
  const { t } = useTranslation(['loans', 'common']);
  const { message } = App.useApp();
  const list = useListParams();
  const { limit, offset, filters } = list;
  const phone = !Grid.useBreakpoint().md;
  const [rejecting, setRejecting] = useState<ClaimLine | null>(null);
  const lines = useQuery({
    queryKey: ['loans', 'claim', claim.id, 'lines', { filters, limit, offset }],
    queryFn: ({ signal }) => fetchClaimLines(claim.id)({ limit, offset, filters }, signal),
    placeholderData: keepPreviousData,
  });
  const decided = (line: ClaimLine) =>
    void message.success(
      t('claim.lines.decided', { contract: line.contract_number, decision: t(`lineDecision.${line.decision}`) }),
    );
  const approve = useClaimMutation(claim.id, (line: ClaimLine) => decideLine(claim.id, line.id, 'approved'), decided);
  const money = (value: string) => formatMoney(value);

  const columns: TableColumnsType<ClaimLine> = [
    {
      title: t('claim.lines.contractNumber'),
      dataIndex: 'contract_number',
      width: 150,
      fixed: phone ? undefined : 'left',
      render: (_, line) => <Link to={`/loans/loans/${line.loan_id}`}>{line.contract_number}</Link>,
    },
    { title: t('claim.lines.borrower'), dataIndex: 'borrower_name', width: 80 },
    {
      title: t('claim.lines.interestPaid'),
      dataIndex: 'interest_paid',
      width: 130,
      align: 'right',
      render: (_, line) =>
        line.flagged_excess ? (
          <Tooltip title={t('claim.lines.flaggedHint')}>
            <span className="flagged-amount" data-testid="flagged">
              <WarningOutlined /> {money(line.interest_paid)}
            </span>
          </Tooltip>
        ) : (
          money(line.interest_paid)
        ),
    },
    {
      title: t('claim.lines.contractInterest'),
      dataIndex: 'contract_interest',
      width: 150,
      align: 'right',
      render: money,
    },
    {
      title: t('claim.lines.subsidy'),
      dataIndex: 'subsidy',
      width: 120,
      align: 'right',
      render: (_, line) => <strong>{money(line.subsidy)}</strong>,
    },
    {
      title: t('claim.lines.decision'),
      dataIndex: 'decision',
      width: 90,
      render: (_, line) => <DecisionTag line={line} />,
    },
    { title: t('claim.lines.days'), dataIndex: 'days', width: 80, align: 'right' },
    {
      title: t('claim.lines.eligiblePrincipal'),
      dataIndex: 'eligible_principal',
      width: 130,
      align: 'right',
      render: money,
    },
    { title: t('claim.lines.capAmount'), dataIndex: 'cap_amount', width: 120, align: 'right', render: money },
    ...(reviewing
      ? [
          {
            title: t('claim.lines.actions'),
            key: 'actions',
            width: 130,
            fixed: phone ? undefined : ('right' as const),
            render: (_: unknown, line: ClaimLine) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  type="link"
                  disabled={line.decision === 'approved'}
                  loading={approve.isPending && approve.variables?.id === line.id}
                  onClick={() => approve.mutate(line)}
                >
                  {t('claim.lines.approve')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  danger
                  disabled={line.decision === 'rejected'}
                  onClick={() => setRejecting(line)}
                >
                  {t('claim.lines.reject')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('claim.lines.title')} className="detail-card" extra={actions}>
      <FilterBar
        fields={[
          {
            kind: 'select',
            name: 'decision',
            placeholder: t('claim.lines.filterDecision'),
            options: LINE_DECISIONS.map((decision) => ({ value: decision, label: t(`lineDecision.${decision}`) })),
          },
          {
            kind: 'select',
            name: 'flagged',
            placeholder: t('claim.lines.filterFlagged'),
            options: [
              { value: 'true', label: t('claim.lines.flaggedOnly') },
              { value: 'false', label: t('claim.lines.unflaggedOnly') },
            ],
          },
        ]}
        values={filters}
        onChange={list.setFilters}
        onReset={list.resetFilters}
      />
      {lines.isError && <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} />}
      <Table<ClaimLine>
        data-testid="claim-lines"
        rowKey={(line) => line.id}
        rowClassName={(line) => (line.flagged_excess ? 'claim-line-flagged' : '')}
        columns={columns}
        dataSource={lines.data?.items ?? []}
        loading={lines.isFetching}
        size="small"
        scroll={{ x: reviewing ? 1180 : 1050 }}
        locale={{
          emptyText: Object.keys(filters).length > 0 ? t('common:list.emptyFiltered') : t('common:list.empty'),
        }}
        pagination={{
          current: list.page,
          pageSize: list.size,
          total: lines.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total) => t('common:list.total', { total }),
          onChange: list.setPage,
          responsive: true,
        }}
      />
      <RejectLineModal claimId={claim.id} line={rejecting} onClose={() => setRejecting(null)} onRejected={decided} />
    </Card>
  );
}
