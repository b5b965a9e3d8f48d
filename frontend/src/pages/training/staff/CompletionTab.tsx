import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { completeSession, enrolmentsKey, sessionKey } from './api';
import { CertificatesTable } from './CertificatesTable';
import type { TrainingSession } from './contract';
import { hasEnded } from './roster';

/** 结业: after the last date, staff close the session (attendance decides who completes; certificates
 * follow), then its certificates. */
export function CompletionTab({ session }: { session: TrainingSession }) {
  const { t } = useTranslation(['training', 'common']);
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const ended = hasEnded(session, Date.now());
  const complete = useMutation({
    mutationFn: () => completeSession(session.id),
    onSuccess: (result) => {
      void message.success(
        t('console.completion.done', {
          completed: result.completed,
          incomplete: result.incomplete,
          certificates: result.certificates_issued,
        }),
        6,
      );
      void queryClient.invalidateQueries({ queryKey: sessionKey(session.id) });
      void queryClient.invalidateQueries({ queryKey: enrolmentsKey(session.id) });
      void queryClient.invalidateQueries({ queryKey: ['training', 'certificates'] });
    },
  });

  function confirm() {
    modal.confirm({
      title: t('console.completion.confirm', { title: session.title }),
      content: t('console.completion.confirmHint'),
      okText: t('console.completion.button'),
      cancelText: t('common:actions.cancel'),
      onOk: () => complete.mutateAsync().catch(() => undefined),
    });
  }

  return (
    <Flex vertical gap={16} data-testid="completion">
      {session.completed_at ? (
        <Alert
          type="success"
          showIcon
          message={t('console.completion.completedAt', { at: formatDateTime(session.completed_at) })}
        />
      ) : (
        <Flex vertical gap={8} align="flex-start">
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            disabled={!ended}
            loading={complete.isPending}
            onClick={confirm}
            data-testid="complete-session"
          >
            {t('console.completion.button')}
          </Button>
          {!ended && <Typography.Text type="secondary">{t('console.completion.notYet')}</Typography.Text>}
        </Flex>
      )}
      {complete.isError && <ErrorAlert error={complete.error} />}
      <Typography.Title level={5}>{t('console.completion.certificates')}</Typography.Title>
      <CertificatesTable sessionId={session.id} />
    </Flex>
  );
}
