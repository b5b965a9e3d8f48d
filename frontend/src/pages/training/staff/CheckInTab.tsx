import { FullscreenExitOutlined, FullscreenOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Result, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatTimeRange } from '@/lib/format';
import { fetchCheckInCode } from './api';
import type { TrainingSession } from './contract';
import { formatCountdown, nextRefreshMs, secondsLeft } from './countdown';

/** The QR code as an image: the server's SVG in a data URL, so nothing of it runs or styles the page. */
const svgSource = (svg: string) => `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;

function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** 签到码: a big QR code for the room's screen, its code, and the seconds until the next one. */
export function CheckInTab({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const now = useNow();
  const box = useRef<HTMLDivElement>(null);
  const [fullScreen, setFullScreen] = useState(false);
  const query = useQuery({
    queryKey: ['training', 'session', session.id, 'check-in-code'],
    queryFn: ({ signal }) => fetchCheckInCode(session.id, signal),
    // Every period, and at the code's expiry: the screen never shows a spent code for long.
    refetchInterval: (q) => (q.state.data ? nextRefreshMs(q.state.data.expires_at, Date.now()) : 30_000),
    refetchIntervalInBackground: true,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === box.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  function toggleFullScreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void box.current?.requestFullscreen();
  }

  if (query.error instanceof ApiError && query.error.status === 409) {
    return (
      <Result
        status="info"
        title={t('console.checkIn.noDate')}
        subTitle={
          <Flex vertical align="center">
            <span>{t('console.checkIn.noDateHint')}</span>
            {session.dates.map((d) => (
              <span key={d.id}>{formatTimeRange(d.starts_at, d.ends_at)}</span>
            ))}
          </Flex>
        }
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('console.checkIn.refresh')}
          </Button>
        }
        data-testid="check-in-none"
      />
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const code = query.data;
  const left = secondsLeft(code.expires_at, now);

  return (
    <div
      ref={box}
      className={fullScreen ? 'checkin-screen checkin-screen-full' : 'checkin-screen'}
      data-testid="check-in"
    >
      <Flex vertical align="center" gap={12}>
        <Typography.Title level={4}>
          {session.title} · {t('console.checkIn.title')}
        </Typography.Title>
        <img className="checkin-screen-qr" src={svgSource(code.svg)} alt={t('console.checkIn.qrAlt')} />
        <Typography.Text type="secondary">{t('console.checkIn.code')}</Typography.Text>
        <span className="checkin-screen-code mono" data-testid="check-in-code">
          {code.code}
        </span>
        <Typography.Text type={left <= 5 ? 'warning' : 'secondary'} data-testid="check-in-countdown">
          {t('console.checkIn.expires', { time: formatCountdown(left) })}
        </Typography.Text>
        <Typography.Paragraph type="secondary" className="checkin-screen-hint">
          {t('console.checkIn.hint')}
        </Typography.Paragraph>
        <Flex gap={8}>
          <Button icon={fullScreen ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={toggleFullScreen}>
            {fullScreen ? t('console.checkIn.exitFullScreen') : t('console.checkIn.fullScreen')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('console.checkIn.refresh')}
          </Button>
        </Flex>
      </Flex>
    </div>
  );
}
