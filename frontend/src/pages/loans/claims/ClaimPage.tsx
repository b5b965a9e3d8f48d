import { CheckOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Result, Skeleton, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, formatError } from '@/api/problem';
import { canReviewClaims } from '@/auth/access';
import { useCurrentUser } from '@/auth/CurrentUser';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { BackLink } from '../BackLink';
import { approveClaim, approveUnflagged, claimKey, downloadClaimSheet, fetchClaim } from './api';
import { ClaimLines } from './ClaimLines';
import { ClaimStatusTag } from './ClaimTags';
import { ClaimTotals } from './ClaimTotals';
import { PayClaimButton } from './PayClaimButton';
import { useClaimMutation } from './useClaimMutation';

/** One quarter's claim: its totals, its lines to review, approval, payment and the claim sheet. */
export function ClaimPage() {
  const { t } = useTranslation(['loans', 'common']);
  const { id = '' } = useParams();
  const { message, modal } = App.useApp();
  const user = useCurrentUser();
  const [exporting, setExporting] = useState(false);
  const query = useQuery({ queryKey: claimKey(id), queryFn: ({ signal }) => fetchClaim(id, signal) });
  const bulk = useClaimMutation(
    id,
    () => approveUnflagged(id),
    (result) => void message.success(t('claim.approveUnflagged.done', { count: result.approved })),
  );
  const approve = useClaimMutation(
    id,
    () => approveClaim(id),
    () => void message.success(t('claim.approve.done')),
  );
  const back = <BackLink to="/loans/claims" label={t('claim.back')} />;

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('claim.notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const claim = query.data;
  if (!claim) return <Skeleton active />;

  const period = t('claims.period', { year: claim.year, quarter: claim.quarter });
  const reviewing = canReviewClaims(user.role) && claim.status === 'filed';

  async function exportSheet() {
    setExporting(true);
    try {
      await downloadClaimSheet(id, `subsidy-claim-${claim?.year}Q${claim?.quarter}.xlsx`);
    } catch (error) {
      const { title, detail } = formatError(error);
      void message.error(t('claim.export.failed', { reason: detail ?? title }));
    } finally {
      setExporting(false);
    }
  }

  const confirm = (content: string, onOk: () => Promise<unknown>) =>
    modal.confirm({
      content,
      okText: t('actionForm.confirm'),
      cancelText: t('common:actions.cancel'),
      onOk: () => onOk().catch(() => undefined),
    });

  return (
    <div className="detail-page" data-testid="claim-page">
      {back}
      <PageHeader
        title={t('claim.title', { period })}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportSheet()}>
              {t('claim.export.button')}
            </Button>
            {reviewing && (
              <Tooltip
                title={claim.pending_lines > 0 ? t('claim.approve.pending', { count: claim.pending_lines }) : undefined}
              >
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  disabled={claim.pending_lines > 0}
                  loading={approve.isPending}
                  onClick={() => confirm(t('claim.approve.confirm'), () => approve.mutateAsync(undefined))}
                >
                  {t('claim.approve.button')}
                </Button>
              </Tooltip>
            )}
            {canReviewClaims(user.role) && claim.status === 'approved' && <PayClaimButton claim={claim} />}
          </>
        }
      />
      <Flex gap={8} align="center" wrap className="detail-status">
        <ClaimStatusTag status={claim.status} />
        <Typography.Text type="secondary">{claim.bank_name}</Typography.Text>
      </Flex>
      <Flex vertical gap={16}>
        <ClaimTotals claim={claim} />
        <ClaimLines
          claim={claim}
          reviewing={reviewing}
          actions={
            reviewing &&
            claim.pending_lines > 0 && (
              <Button
                loading={bulk.isPending}
                onClick={() => confirm(t('claim.approveUnflagged.confirm'), () => bulk.mutateAsync(undefined))}
              >
                {t('claim.approveUnflagged.button')}
              </Button>
            )
          }
        />
      </Flex>
    </div>
  );
}
