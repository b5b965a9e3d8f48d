import { useMutation } from '@tanstack/react-query';
import { Button, Card, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { PageHeader } from '@/components/PageHeader';
import { formatDateTime } from '@/lib/format';
import { checkIn, checkOut } from './api';
import { refusalOf } from './reading';
import { refusalText } from './RefusalAlert';

/** Where the leader's rotating QR code leads (/volunteers/my/check-in?team=…&code=…): the check-in happens
 * on arrival, after the login if there was one; someone already checked in is offered the check-out. */
export function CheckInPage() {
  const { t } = useTranslation('volunteers');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const teamId = params.get('team') ?? '';
  const code = params.get('code') ?? '';
  const complete = teamId !== '' && code !== '';
  const arrive = useMutation({ mutationFn: () => checkIn(teamId, code) });
  const leave = useMutation({ mutationFn: () => checkOut(teamId, code) });
  const started = useRef(false);

  useEffect(() => {
    // Once per visit (React's development double effect included): a code is worth one scan.
    if (!complete || started.current) return;
    started.current = true;
    arrive.mutate();
  }, [complete, arrive]);

  const toHours = (
    <Button size="large" onClick={() => void navigate('/volunteers/my/hours')} key="hours">
      {t('my.checkIn.toHours')}
    </Button>
  );
  const failure = (error: unknown, retry: () => void) => {
    const status = error instanceof ApiError ? error.status : 0;
    // A refusal is final for this code; a failure on the way (a weak signal, a server error) may be tried again.
    const retriable = status === 0 || status >= 500;
    return (
      <Result
        status="error"
        title={t('my.checkIn.failed')}
        subTitle={refusalText(error, t as (key: string) => string)}
        extra={[
          retriable && (
            <Button type="primary" size="large" key="retry" onClick={retry}>
              {t('my.checkIn.tryAgain')}
            </Button>
          ),
          toHours,
        ]}
      />
    );
  };

  let body;
  if (!complete) {
    body = (
      <Result
        status="warning"
        title={t('my.checkIn.missing')}
        subTitle={t('my.checkIn.missingHint')}
        extra={[toHours]}
      />
    );
  } else if (leave.isSuccess) {
    const at = formatDateTime(leave.data.check_out_at);
    body = (
      <Result
        status="success"
        title={t('my.checkIn.out')}
        subTitle={t('my.checkIn.outAt', { at, minutes: leave.data.minutes })}
        extra={[toHours]}
      />
    );
  } else if (leave.isError) {
    body = failure(leave.error, () => leave.mutate());
  } else if (arrive.isSuccess) {
    body = (
      <Result
        status="success"
        title={t('my.checkIn.success')}
        subTitle={t('my.checkIn.successAt', { at: formatDateTime(arrive.data.check_in_at) })}
        extra={[toHours]}
      />
    );
  } else if (arrive.isError && refusalOf(arrive.error) === 'already-checked-in') {
    body = (
      <Result
        status="info"
        title={t('my.checkIn.already')}
        extra={[
          <Button type="primary" size="large" key="out" loading={leave.isPending} onClick={() => leave.mutate()}>
            {t('my.checkIn.checkOut')}
          </Button>,
          toHours,
        ]}
      />
    );
  } else if (arrive.isError) {
    body = failure(arrive.error, () => arrive.mutate());
  } else {
    body = (
      <div className="check-in-waiting">
        <Spin size="large" tip={t('my.checkIn.checking')}>
          <div className="check-in-spin" />
        </Spin>
      </div>
    );
  }

  const done = arrive.isSuccess || leave.isSuccess;
  return (
    <div className="phone-page" data-testid="volunteer-check-in">
      <PageHeader title={t('my.checkIn.title')} />
      <Card data-testid={done ? 'check-in-success' : arrive.isError || leave.isError ? 'check-in-answer' : undefined}>
        {body}
      </Card>
    </div>
  );
}
