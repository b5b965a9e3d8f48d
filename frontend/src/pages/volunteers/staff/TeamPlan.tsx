import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { approvePlan, returnPlan, teamKey, teamsKey } from './api';
import { PLAN_COLOR } from './enums';
import type { TeamDetail } from './types';

/** 服务方案: the plan the team's leader filed; staff approve it or return it with a note. */
export function TeamPlan({ team }: { team: TeamDetail }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const p = (key: string) => t(`staff.team.plan.${key}` as 'staff.team.plan.note');
  const decide = useMutation({
    mutationFn: (approve: boolean) => (approve ? approvePlan(team.id, note.trim()) : returnPlan(team.id, note.trim())),
    onSuccess: (updated, approve) => {
      queryClient.setQueryData(teamKey(team.id), updated);
      void queryClient.invalidateQueries({ queryKey: teamsKey });
      setNote('');
      void message.success(approve ? p('approved') : p('returned'));
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ? `${title}：${detail}` : title);
    },
  });

  if (!team.plan) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={p('empty')} />;
  return (
    <Flex vertical gap={12} data-testid="team-plan">
      <Flex gap={8} align="center">
        <Typography.Text type="secondary">{p('status')}</Typography.Text>
        <Tag color={PLAN_COLOR[team.plan_status]}>{t(`staff.planStatus.${team.plan_status}`)}</Tag>
      </Flex>
      <Typography.Paragraph className="plan-text">{team.plan}</Typography.Paragraph>
      {team.plan_note && <Alert type="info" showIcon message={p('note')} description={team.plan_note} />}
      {team.plan_status === 'filed' && (
        <>
          <Input.TextArea
            rows={3}
            maxLength={500}
            value={note}
            status={noteError ? 'error' : undefined}
            onChange={(e) => {
              setNote(e.target.value);
              setNoteError(false);
            }}
            placeholder={p('notePlaceholder')}
            aria-label={p('note')}
          />
          {noteError && <Typography.Text type="danger">{p('noteRequired')}</Typography.Text>}
          <Flex gap={8}>
            <Button type="primary" loading={decide.isPending} onClick={() => decide.mutate(true)}>
              {p('approve')}
            </Button>
            <Button
              danger
              loading={decide.isPending}
              onClick={() => (note.trim() ? decide.mutate(false) : setNoteError(true))}
            >
              {p('return')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
}
