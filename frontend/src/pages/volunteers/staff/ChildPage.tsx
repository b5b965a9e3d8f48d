import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Result, Skeleton, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { BackLink } from '@/pages/loans/BackLink';
import { THREE_COLUMNS } from '@/pages/loans/descriptions';
import { AccessLogTab } from './AccessLogTab';
import { childKey, fetchChild } from './peopleApi';
import { ChildTenOnes } from './ChildTenOnes';
import './staff.css';

const TABS = ['tenOnes', 'accessLog'] as const;
type TabId = (typeof TABS)[number];

/** One child for staff: the facts, the guardian (the only place their phone shows), the consent and who
 * recorded it, the ten ones, and who has read this record. */
export function ChildPage() {
  const { t } = useTranslation('volunteers');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as TabId | null;
  const tab: TabId = asked && TABS.includes(asked) ? asked : 'tenOnes';
  const query = useQuery({ queryKey: childKey(id), queryFn: ({ signal }) => fetchChild(id, signal) });
  const back = <BackLink to="/volunteers/children" label={t('staff.child.back')} />;
  const c = (key: string) => t(`staff.child.${key}` as 'staff.child.age');
  const yesNo = (v: boolean) => (v ? <Tag color="green">{t('staff.yes')}</Tag> : <Tag>{t('staff.no')}</Tag>);

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={c('notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const child = query.data;

  return (
    <div className="detail-page" data-testid="child-page">
      {back}
      <PageHeader title={child.name} />
      <Flex vertical gap={16}>
        {child.anonymized && <Alert type="info" showIcon message={c('anonymized')} />}
        <Card title={c('facts')} className="detail-card">
          <Descriptions
            size="small"
            column={THREE_COLUMNS}
            items={[
              {
                key: 'age',
                label: c('age'),
                children:
                  child.birth_month === null
                    ? t('staff.child.ageOnly', { age: child.age })
                    : t('staff.child.ageValue', { age: child.age, year: child.birth_year, month: child.birth_month }),
              },
              { key: 'gender', label: c('gender'), children: t(`staff.gender.${child.gender}`) },
              { key: 'grade', label: c('grade'), children: child.grade },
              { key: 'camp', label: c('camp'), children: child.camp_name },
              { key: 'village', label: c('village'), children: child.village },
              {
                key: 'guardian',
                label: c('guardian'),
                children: t('staff.child.guardianValue', {
                  name: child.guardian_name,
                  relationship: child.guardian_relationship,
                }),
              },
              {
                key: 'phone',
                label: c('guardianPhone'),
                children: (
                  <span className="mono" data-testid="guardian-phone">
                    {child.guardian_phone}
                  </span>
                ),
              },
            ]}
          />
        </Card>
        <Card title={c('consent')} className="detail-card" data-testid="child-consent">
          <Descriptions
            size="small"
            column={THREE_COLUMNS}
            items={[
              { key: 'records', label: c('consentRecords'), children: yesNo(child.consent_records) },
              { key: 'photos', label: c('consentPhotos'), children: yesNo(child.consent_photos) },
              { key: 'on', label: c('consentOn'), children: child.consent_on },
              { key: 'by', label: c('consentBy'), children: child.consent_recorded_by },
            ]}
          />
        </Card>
        <Card className="detail-card">
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams(key === 'tenOnes' ? {} : { tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'tenOnes', label: t('staff.child.tabs.tenOnes'), children: <ChildTenOnes child={child} /> },
              {
                key: 'accessLog',
                label: t('staff.child.tabs.accessLog'),
                children: <AccessLogTab childId={child.id} />,
              },
            ]}
          />
        </Card>
      </Flex>
    </div>
  );
}
