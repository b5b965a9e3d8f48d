import { useMutation } from '@tanstack/react-query';
import { Button, Card, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, formatError } from '@/api/problem';
import { PageHeader } from '@/components/PageHeader';
import { formatDateTime } from '@/lib/format';
import { checkIn } from './api';
import { refusalOf } from './reading';

/** Where a session's rotating QR code leads (/training/check-in?session=…&code=…): the check-in happens on
 * arrival, after the login if there was one (RequireAuth keeps the query through it). */
export function CheckInPage() {
  const { t } = useTranslation('training');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const sessionId = params.get('session') ?? '';
  const code = params.get('code') ?? '';
  const complete = sessionId !== '' && code !== '';
  const attempt = useMutation({ mutationFn: () => checkIn(sessionId, code) });
  const started = useRef(false);

  useEffect(() => {
    // Once per visit (React's development double effect included): a code is worth one scan.
    if (!complete || started.current) return;
    started.current = true;
    attempt.mutate();
  }, [complete, attempt]);

  const toEnrolments = (
    <Button size="large" onClick={() => void navigate('/training/my/enrolments')} key="enrolments">
      {t('my.checkIn.myEnrolments')}
    </Button>
  );
  let body;
  if (!complete) {
    body = <Result status="warning" title={t('my.checkIn.missing')} subTitle={t('my.checkIn.missingHint')} />;
  } else if (attempt.isSuccess) {
    body = (
      <Result
        status="success"
        title={t('my.checkIn.success')}
        subTitle={t('my.checkIn.successAt', { at: formatDateTime(attempt.data.at) })}
        extra={[toEnrolments]}
      />
    );
  } else if (attempt.isError) {
    const refusal = refusalOf(attempt.error);
    const status = attempt.error instanceof ApiError ? attempt.error.status : 0;
    const formatted = formatError(attempt.error);
    const reason = refusal
      ? t(`my.refusal.${refusal}`)
      : status === 404
        ? t('my.checkIn.noSession')
        : [formatted.title, formatted.detail].filter(Boolean).join('：');
    // A refusal is final for this code; a failure on the way (a weak signal, a server error) may be tried again.
    const retriable = status === 0 || status >= 500;
    body = (
      <Result
        status="error"
        title={t('my.checkIn.failed')}
        subTitle={reason}
        extra={[
          retriable && (
            <Button type="primary" size="large" key="retry" onClick={() => attempt.mutate()}>
              {t('my.checkIn.tryAgain')}
            </Button>
          ),
          toEnrolments,
        ]}
      />
    );
  } else {
    body = (
      <div className="check-in-waiting">
        <Spin size="large" tip={t('my.checkIn.checking')}>
          <div className="check-in-spin" />
        </Spin>
      </div>
    );
  }

  return (
    <div className="phone-page" data-testid="check-in">
      <PageHeader title={t('my.checkIn.title')} />
      <Card data-testid={attempt.isSuccess ? 'check-in-success' : attempt.isError ? 'check-in-failed' : undefined}>
        {body}
      </Card>
    </div>
  );
}
