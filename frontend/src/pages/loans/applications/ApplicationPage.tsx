import { Button, Card, Col, Flex, Grid, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { useBankOptions } from '@/domain/useBankOptions';
import { formatDateTime } from '@/lib/format';
import { BackLink } from '../BackLink';
import { buttonActions } from '../lifecycle';
import { StatusTag } from '../StatusTag';
import { ActionButtons } from './ActionButtons';
import { BorrowerCard } from './BorrowerCard';
import { ProjectCard } from './ProjectCard';
import { TransitionTimeline } from './TransitionTimeline';
import { useApplication } from './useApplication';

/** One application for staff and banks: the borrower, the project, its history and what to do next. */
export function ApplicationPage() {
  const { t } = useTranslation('loans');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().lg;
  const banks = useBankOptions();
  const back = <BackLink to="/loans/applications" label={t('application.back')} />;
  const { application, fallback } = useApplication(id, back);
  if (!application) return fallback;

  // What to do next comes first on a phone; beside the history on a wide screen.
  const actions = (
    <Card title={t('application.actions.title')} className="detail-card">
      {buttonActions(application.allowed_actions).length > 0 ? (
        <ActionButtons application={application} />
      ) : (
        <Typography.Text type="secondary">{t('application.actions.none')}</Typography.Text>
      )}
    </Card>
  );

  return (
    <div className="detail-page" data-testid="application-page">
      {back}
      <PageHeader
        title={application.project_name}
        extra={
          application.loan_id && (
            <Button onClick={() => void navigate(`/loans/loans/${application.loan_id}`)}>
              {t('application.loan')}
            </Button>
          )
        }
      />
      <Flex gap={8} align="center" wrap className="detail-status">
        <StatusTag status={application.status} />
        <Typography.Text type="secondary">
          {application.borrower_name} · {application.county_name}
        </Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            {phone && actions}
            <ProjectCard
              project={application}
              more={[
                {
                  key: 'bank',
                  label: t('application.project.bank'),
                  children: banks.nameOf(application.bank_id) ?? '—',
                },
                {
                  key: 'submitted',
                  label: t('application.project.submittedAt'),
                  children: formatDateTime(application.submitted_at) || '—',
                },
              ]}
            />
            <BorrowerCard borrower={application.borrower} />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            {!phone && actions}
            <TransitionTimeline transitions={application.transitions} />
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
