import { EditOutlined, PlusOutlined, RightOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Application, Borrower } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { Panel } from '@/components/Panel';
import { countyName } from '@/domain/counties';
import { formatDateTime, formatMoney } from '@/lib/format';
import { StatusTag } from '../StatusTag';
import { myApplicationsQuery, myProfileQuery } from './api';

function ProfileSummary({ profile }: { profile: Borrower }) {
  const { t, i18n } = useTranslation('loans');
  return (
    <Panel
      size="small"
      className="detail-card"
      title={
        <Flex gap={8} align="center">
          <UserOutlined /> {t('my.profile.title')}
        </Flex>
      }
      extra={
        <Link to="/loans/my/profile">
          <EditOutlined /> {t('my.profile.edit')}
        </Link>
      }
      data-testid="my-profile"
    >
      <Typography.Text strong>{profile.name}</Typography.Text>
      <Typography.Text type="secondary" className="profile-line">
        {[countyName(profile.county_code, i18n.language, profile.county_name), profile.town, profile.village].join(
          ' · ',
        )}
      </Typography.Text>
      <Typography.Text type="secondary" className="profile-line">
        {profile.mobile}
      </Typography.Text>
    </Panel>
  );
}

function ApplicationItem({ application }: { application: Application }) {
  const { t } = useTranslation('loans');
  const draft = application.status === 'draft';
  const to = draft ? `/loans/my/apply?draft=${application.id}` : `/loans/my/applications/${application.id}`;
  return (
    <li className="my-application">
      <Link to={to} className="my-application-link" data-testid="my-application">
        <Flex justify="space-between" align="center" gap={8}>
          <Flex vertical gap={4} className="my-application-text">
            <Typography.Text strong className="my-application-name" title={application.project_name}>
              {application.project_name}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('my.applications.amount', { amount: formatMoney(application.amount_requested) })} ·{' '}
              {t(`use.${application.project_use}`)}
            </Typography.Text>
            <Flex gap={8} align="center" wrap>
              <StatusTag status={application.status} />
              <Typography.Text type="secondary" className="small-text">
                {draft ? t('my.applications.draft') : formatDateTime(application.submitted_at)}
              </Typography.Text>
            </Flex>
          </Flex>
          {draft ? (
            <span className="continue-chip">
              {t('my.applications.continue')} <RightOutlined />
            </span>
          ) : (
            <RightOutlined className="muted" />
          )}
        </Flex>
      </Link>
    </li>
  );
}

/** 我的贷款: the entrepreneur's home, on a phone first: their details, applications and loans. */
export function MyLoansPage() {
  const { t } = useTranslation('loans');
  const navigate = useNavigate();
  const profile = useQuery(myProfileQuery);
  const applications = useQuery(myApplicationsQuery);

  return (
    <div className="phone-page" data-testid="my-loans">
      <PageHeader title={t('my.title')} description={t('my.description')} />
      <Flex vertical gap={16}>
        {profile.isError && <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />}
        {profile.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
        {profile.isSuccess &&
          (profile.data ? (
            <ProfileSummary profile={profile.data} />
          ) : (
            <Alert
              type="info"
              showIcon
              message={t('my.profile.missing')}
              action={
                <Button size="small" type="primary" onClick={() => void navigate('/loans/my/profile')}>
                  {t('my.profile.fill')}
                </Button>
              }
            />
          ))}
        <Button
          type="primary"
          size="large"
          block
          icon={<PlusOutlined />}
          onClick={() => void navigate('/loans/my/apply')}
          data-testid="apply-button"
        >
          {t('my.applications.apply')}
        </Button>
        <Panel size="small" title={t('my.applications.title')} className="detail-card">
          {applications.isError && (
            <ErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />
          )}
          {applications.isPending ? (
            <Skeleton active />
          ) : applications.data && applications.data.items.length > 0 ? (
            <ul className="plain-list">
              {applications.data.items.map((application) => (
                <ApplicationItem key={application.id} application={application} />
              ))}
            </ul>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('my.applications.empty')} />
          )}
        </Panel>
      </Flex>
    </div>
  );
}
