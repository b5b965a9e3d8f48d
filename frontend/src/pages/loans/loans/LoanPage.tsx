import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { canManageLoans } from '@/auth/access';
import { useCurrentUser } from '@/auth/CurrentUser';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { BackLink } from '../BackLink';
import { StatusTag } from '../StatusTag';
import { fetchLoan, fetchSchedule, loanKey } from './api';
import { LoanTerms } from './LoanTerms';
import { RepaymentsTable } from './RepaymentsTable';
import { ScheduleTable } from './ScheduleTable';
import { WriteOffButton } from './WriteOffButton';

/** One loan: its contract, the schedule (还款计划) with totals, and the repayments the bank reported. */
export function LoanPage() {
  const { t } = useTranslation('loans');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const loan = useQuery({ queryKey: loanKey(id), queryFn: ({ signal }) => fetchLoan(id, signal) });
  const schedule = useQuery({
    queryKey: [...loanKey(id), 'schedule'],
    queryFn: ({ signal }) => fetchSchedule(id, signal),
    enabled: loan.isSuccess,
  });
  const back = <BackLink to="/loans/loans" label={t('loan.back')} />;

  if (loan.error instanceof ApiError && (loan.error.status === 404 || loan.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('application.notFound')} />
      </>
    );
  }
  if (loan.isError) return <ErrorAlert error={loan.error} onRetry={() => void loan.refetch()} />;
  if (!loan.data) return <Skeleton active />;
  const data = loan.data;

  return (
    <div className="detail-page" data-testid="loan-page">
      {back}
      <PageHeader
        title={t('loan.title', { number: data.contract_number })}
        extra={
          <>
            <Button onClick={() => void navigate(`/loans/applications/${data.application_id}`)}>
              {t('loan.application')}
            </Button>
            {canManageLoans(user.role) && data.status === 'overdue' && <WriteOffButton loan={data} />}
          </>
        }
      />
      <Flex gap={8} align="center" wrap className="detail-status">
        <StatusTag status={data.status} />
        <Typography.Text type="secondary">
          {data.borrower_name} · {data.project_name}
        </Typography.Text>
      </Flex>
      <Flex vertical gap={16}>
        <Card title={t('loan.terms.title')} className="detail-card">
          <LoanTerms loan={data} />
        </Card>
        <Card title={t('loan.repayments.title')} className="detail-card">
          <RepaymentsTable repayments={data.repayments} />
        </Card>
        <Card
          title={t('loan.schedule.title')}
          className="detail-card"
          extra={
            schedule.data && (
              <Typography.Text type="secondary" data-testid="schedule-count">
                {t('loan.schedule.count', { count: schedule.data.instalments.length })}
              </Typography.Text>
            )
          }
        >
          <Typography.Paragraph type="secondary" className="small-text">
            {t('loan.schedule.subtitle')}
          </Typography.Paragraph>
          {schedule.isError && <ErrorAlert error={schedule.error} onRetry={() => void schedule.refetch()} />}
          {schedule.data ? <ScheduleTable schedule={schedule.data} /> : !schedule.isError && <Skeleton active />}
        </Card>
      </Flex>
    </div>
  );
}
