import { IdcardOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { Profile } from './types';

interface ProfileCardProps {
  profile: Profile | null | undefined;
  error: unknown;
  onRetry: () => void;
}

/** Who is applying: the profile in a line, or the way to fill it in before the first application. */
export function ProfileCard({ profile, error, onRetry }: ProfileCardProps) {
  const { t } = useTranslation('volunteers');
  const navigate = useNavigate();
  const toProfile = () => void navigate('/volunteers/my/profile');
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (profile === undefined) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 1 }} />
      </Card>
    );
  }
  if (profile === null) {
    return (
      <Alert
        type="info"
        showIcon
        message={t('my.profileCard.missing')}
        description={t('my.profileCard.missingHint')}
        action={
          <Button type="primary" size="large" onClick={toProfile} data-testid="fill-profile">
            {t('my.profileCard.fill')}
          </Button>
        }
        data-testid="profile-missing"
      />
    );
  }
  return (
    <Card data-testid="profile-summary">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Flex gap={8} align="center">
            <IdcardOutlined className="certificate-icon" />
            <Typography.Text strong>{profile.name}</Typography.Text>
            {profile.native && <Tag color="green">{t('my.profileCard.native')}</Tag>}
          </Flex>
          <Button size="large" onClick={toProfile}>
            {t('my.profileCard.edit')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">
          {[profile.university, profile.major].filter(Boolean).join(' · ')}
        </Typography.Text>
        {!profile.may_meet_children && <Alert type="warning" showIcon message={t('my.profileCard.noDeclaration')} />}
      </Flex>
    </Card>
  );
}
