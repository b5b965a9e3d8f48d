import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decide } from './api';
import { rowActions } from './board';
import type { BoardDecision } from './enums';
import type { BoardRow } from './types';
import { useRefusalText } from './useDecisionError';

const DANGER: BoardDecision[] = ['reject'];

/** The decisions the API offers on one applicant; each asks for an optional reason the applicant is told. */
export function BoardActions({ row, onDone }: { row: BoardRow; onDone: () => void }) {
  const { t } = useTranslation('volunteers');
  const { message, modal } = App.useApp();
  const refusal = useRefusalText();
  const [reason, setReason] = useState('');
  const decision = useMutation({
    mutationFn: (action: BoardDecision) => decide(row.id, action, reason.trim()),
    onSuccess: (application) => {
      void message.success(
        t('staff.board.decided', {
          name: row.profile.name,
          status: t(`staff.applicationStatus.${application.status}`),
        }),
      );
      setReason('');
      onDone();
    },
    onError: (error) => {
      modal.error({
        title: t('staff.board.refusal'),
        content: <span data-testid="board-refusal">{refusal(error)}</span>,
      });
      onDone();
    },
  });
  const actions = rowActions(row);
  if (actions.length === 0) return <span>{t('staff.board.noActions')}</span>;

  return (
    <Flex gap={4} wrap>
      {actions.map((action) => (
        <Popconfirm
          key={action}
          title={t('staff.board.reasonTitle', { action: t(`staff.action.${action}`), name: row.profile.name })}
          description={
            <Input.TextArea
              rows={2}
              maxLength={300}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              placeholder={t('staff.board.reason')}
              aria-label={t('staff.board.reason')}
            />
          }
          okText={t('staff.board.confirm')}
          okButtonProps={{ danger: DANGER.includes(action), loading: decision.isPending }}
          onConfirm={() => decision.mutateAsync(action).catch(() => undefined)}
          onOpenChange={(open) => open || setReason('')}
        >
          <Button
            size="small"
            type={action === 'accept' ? 'primary' : 'default'}
            danger={DANGER.includes(action)}
            data-testid={`board-${action}`}
          >
            {t(`staff.action.${action}`)}
          </Button>
        </Popconfirm>
      ))}
    </Flex>
  );
}
