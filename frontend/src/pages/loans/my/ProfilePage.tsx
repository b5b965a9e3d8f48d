import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { BackLink } from '../BackLink';
import { fetchMyProfile, profileKey } from './api';
import { ProfileForm } from './ProfileForm';

/** 个人信息: the entrepreneur fills in or corrects their borrower profile. */
export function ProfilePage() {
  const { t } = useTranslation('loans');
  const navigate = useNavigate();
  const profile = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => fetchMyProfile(signal) });

  return (
    <div className="phone-page">
      <BackLink to="/loans/my" label={t('my.back')} />
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Card className="detail-card">
        {profile.isError && <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />}
        {profile.isPending ? (
          <Skeleton active />
        ) : (
          profile.isSuccess && (
            <ProfileForm
              profile={profile.data}
              submitText={t('profile.save')}
              onSaved={() => void navigate('/loans/my')}
            />
          )
        )}
      </Card>
    </div>
  );
}
