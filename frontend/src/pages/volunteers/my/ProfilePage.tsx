import { useQuery } from '@tanstack/react-query';
import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { BackLink } from '@/pages/loans/BackLink';
import { fetchMyProfile, profileKey } from './api';
import { ProfileForm } from './ProfileForm';

/** 志愿者档案: filled in once before the first application, kept up to date after. */
export function ProfilePage() {
  const { t } = useTranslation('volunteers');
  const navigate = useNavigate();
  const profile = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => fetchMyProfile(signal) });

  return (
    <div className="phone-page" data-testid="volunteer-profile">
      <BackLink to="/volunteers/my" label={t('my.back')} />
      <PageHeader title={t('my.profile.title')} description={t('my.profile.description')} />
      <Card className="detail-card">
        {profile.isError && <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />}
        {profile.isPending ? (
          <Skeleton active />
        ) : (
          profile.isSuccess && <ProfileForm profile={profile.data} onSaved={() => void navigate('/volunteers/my')} />
        )}
      </Card>
    </div>
  );
}
