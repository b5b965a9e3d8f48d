import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeAction, NoticeDetail } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { statusNow } from '../conflict';
import { actOnNotice, NOTICE_STATUSES, noticeKey, noticesKey } from './api';

interface NoticeActionsProps {
  notice: NoticeDetail;
  /** None of the notice's lots is on offer: the public page would show it without produce. */
  nothingOnOffer: boolean;
}

/** Publish and close, exactly as the service allows this caller now, each confirmed first. */
export function NoticeActions({ notice, nothingOnOffer }: NoticeActionsProps) {
  const { t } = useTranslation(['products', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<NoticeAction | null>(null);
  const act = useMutation({
    mutationFn: (chosen: NoticeAction) => actOnNotice(notice.id, chosen),
    onSuccess: (updated, chosen) => {
      queryClient.setQueryData(noticeKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: noticesKey });
      void message.success(t(`notices.confirm.${chosen}.done`));
      setAction(null);
    },
  });
  // Someone else moved it meanwhile: say what it is now, and show it.
  const now = statusNow(act.error, NOTICE_STATUSES);
  const conflict = now !== undefined;

  return (
    <>
      <Flex gap={8} wrap data-testid="notice-actions">
        {notice.allowed_actions.map((candidate) => (
          <Button
            key={candidate}
            type={candidate === 'publish' ? 'primary' : 'default'}
            danger={candidate === 'close'}
            onClick={() => setAction(candidate)}
            data-testid={`notice-${candidate}`}
          >
            {t(`notices.action.${candidate}`)}
          </Button>
        ))}
      </Flex>
      <Modal
        open={action !== null}
        title={action ? t(`notices.confirm.${action}.title`) : ''}
        okText={action ? t(`notices.confirm.${action}.ok`) : ''}
        okButtonProps={{ danger: action === 'close', disabled: conflict }}
        cancelText={t('common:actions.cancel')}
        confirmLoading={act.isPending}
        onOk={() => action && act.mutate(action)}
        onCancel={() => setAction(null)}
        afterClose={() => {
          act.reset();
          if (conflict) void queryClient.invalidateQueries({ queryKey: noticesKey });
        }}
        destroyOnHidden
      >
        {conflict ? (
          <Alert
            type="warning"
            showIcon
            className="form-alert"
            message={t('notices.confirm.conflict', { status: t(`notices.status.${now}`) })}
          />
        ) : (
          act.isError && <ErrorAlert error={act.error} />
        )}
        {action === 'publish' && nothingOnOffer && (
          <Alert type="warning" showIcon className="form-alert" message={t('notices.lots.noneOnOffer')} />
        )}
        {action && <Typography.Paragraph>{t(`notices.confirm.${action}.content`)}</Typography.Paragraph>}
      </Modal>
    </>
  );
}
