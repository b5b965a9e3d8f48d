import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Grid, Skeleton, Statistic, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ApplicationDetail, Transition } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { formatDateTime, formatMoney } from '@/lib/format';
import { ActionButtons } from '../applications/ActionButtons';
import { ProjectCard } from '../applications/ProjectCard';
import { TransitionTimeline } from '../applications/TransitionTimeline';
import { useApplication } from '../applications/useApplication';
import { BackLink } from '../BackLink';
import { fetchLoan, fetchSchedule, loanKey } from '../loans/api';
import { LoanTerms } from '../loans/LoanTerms';
import { ScheduleTable } from '../loans/ScheduleTable';
import { isDestructive, progressOf, PROGRESS_STEPS, type ProgressStep } from '../lifecycle';
import { StatusTag } from '../StatusTag';

/** When the application took each milestone's action, for the step's description. */
function stepTimes(transitions: Transition[]): Partial<Record<ProgressStep, string>> {
  const times: Partial<Record<ProgressStep, string>> = {};
  for (const transition of transitions) {
    const step = PROGRESS_STEPS.find((candidate) => candidate === transition.action);
    if (step) times[step] = formatDateTime(transition.at);
  }
  return times;
}

function ProgressCard({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation('loans');
  const last = application.transitions.at(-1);
  const progress = progressOf(application.status, last?.action === 'withdraw' ? last.from_status : undefined);
  const times = stepTimes(application.transitions);
  // The reason the applicant must read: why it came back, or why it ended.
  const setback = last && isDestructive(last.action) && last.reason ? last : undefined;
  return (
    <Card title={t('progress.title')} className="detail-card" extra={<StatusTag status={application.status} />}>
      {setback && (
        <Alert
          type={application.status === 'draft' ? 'warning' : 'error'}
          showIcon
          className="form-alert"
          message={t(`action.${setback.action}`)}
          description={setback.reason}
          data-testid="setback-reason"
        />
      )}
      <Steps
        direction="vertical"
        size="small"
        current={progress.current}
        status={progress.status}
        items={PROGRESS_STEPS.map((step, index) => ({
          title: t(`progress.steps.${step}`),
          // A step shows when it was done; a draft sent back has not been submitted again yet.
          description: index < progress.current ? times[step] : undefined,
        }))}
      />
    </Card>
  );
}

function LoanCards({ loanId }: { loanId: string }) {
  const { t } = useTranslation('loans');
  const loan = useQuery({ queryKey: loanKey(loanId), queryFn: ({ signal }) => fetchLoan(loanId, signal) });
  const schedule = useQuery({
    queryKey: [...loanKey(loanId), 'schedule'],
    queryFn: ({ signal }) => fetchSchedule(loanId, signal),
  });
  if (loan.isError) return <ErrorAlert error={loan.error} onRetry={() => void loan.refetch()} />;
  if (!loan.data) return <Skeleton active />;
  return (
    <>
      <Card title={t('progress.loan')} className="detail-card" data-testid="my-loan">
        <LoanTerms loan={loan.data} compact />
      </Card>
      <Card title={t('progress.subsidy.title')} className="detail-card">
        <Statistic title={t('loan.terms.subsidyReceived')} value={formatMoney(loan.data.subsidy_received)} />
        <Typography.Text type="secondary" className="small-text">
          {t('progress.subsidy.pending')}
        </Typography.Text>
      </Card>
      <Card
        title={t('loan.schedule.title')}
        className="detail-card"
        extra={
          schedule.data && (
            <Typography.Text type="secondary">
              {t('loan.schedule.count', { count: schedule.data.instalments.length })}
            </Typography.Text>
          )
        }
      >
        {schedule.isError && <ErrorAlert error={schedule.error} />}
        {schedule.data ? <ScheduleTable schedule={schedule.data} /> : !schedule.isError && <Skeleton active />}
      </Card>
    </>
  );
}

/** The entrepreneur's application on their phone: where it stands, why it came back if it did, what
 * they may do now, and once lent, the loan, its subsidy and its schedule. */
export function MyApplicationPage() {
  const { t } = useTranslation('loans');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  const back = <BackLink to="/loans/my" label={t('my.back')} />;
  const { application, fallback } = useApplication(id, back);
  if (!application) return fallback;

  return (
    <div className="phone-page" data-testid="my-application-page">
      {back}
      <PageHeader title={application.project_name} />
      <Flex vertical gap={16}>
        <ProgressCard application={application} />
        {(application.status === 'draft' || application.allowed_actions.length > 0) && (
          <Flex vertical gap={8}>
            {application.status === 'draft' && (
              <Button block={phone} onClick={() => void navigate(`/loans/my/apply?draft=${application.id}`)}>
                {t('apply.editTitle')}
              </Button>
            )}
            <ActionButtons application={application} block={phone} />
          </Flex>
        )}
        {application.loan_id && <LoanCards loanId={application.loan_id} />}
        <TransitionTimeline transitions={application.transitions} />
        <ProjectCard project={application} />
      </Flex>
    </div>
  );
}
