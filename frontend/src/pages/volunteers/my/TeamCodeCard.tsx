import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatCountdown, nextRefreshMs, secondsLeft } from '@/pages/training/staff/countdown';
import { fetchTeamCode, myKey } from './api';
import { qrImageSource } from './qrImage';

function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** 签到码, on the leader's phone: the rotating code as a QR code the members scan, and the time it has left. */
export function TeamCodeCard({ teamId }: { teamId: string }) {
  const { t } = useTranslation('volunteers');
  const now = useNow();
  const query = useQuery({
    queryKey: [...myKey, 'team-code', teamId],
    queryFn: ({ signal }) => fetchTeamCode(teamId, signal),
    // At the code's expiry, and every half minute: the members never scan a spent code for long.
    refetchInterval: (q) => (q.state.data ? nextRefreshMs(q.state.data.valid_until, Date.now()) : 30_000),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

  let body;
  if (query.error instanceof ApiError && (query.error.status === 409 || query.error.status === 422)) {
    body = (
      <Result
        status="info"
        title={t('my.code.unavailable')}
        extra={
          <Button size="large" icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
            {t('my.code.refresh')}
          </Button>
        }
      />
    );
  } else if (query.isError) {
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!query.data) {
    body = <Skeleton active />;
  } else {
    const left = secondsLeft(query.data.valid_until, now);
    body = (
      <Flex vertical align="center" gap={8} className="checkin-screen">
        <img className="checkin-screen-qr team-code-qr" src={qrImageSource(query.data.svg)} alt={t('my.code.qrAlt')} />
        <Typography.Text className="checkin-screen-code team-code-text mono" data-testid="team-code">
          {query.data.code}
        </Typography.Text>
        <Typography.Text type={left > 0 ? 'secondary' : 'warning'} data-testid="team-code-left">
          {left > 0 ? t('my.code.left', { time: formatCountdown(left) }) : t('my.code.expired')}
        </Typography.Text>
        <Typography.Text type="secondary" className="checkin-screen-hint small-text">
          {t('my.code.hint')}
        </Typography.Text>
      </Flex>
    );
  }

  return (
    <Card size="small" title={t('my.code.title')} data-testid="team-code-card">
      {body}
    </Card>
  );
}
