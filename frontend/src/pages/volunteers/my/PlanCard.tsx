import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savePlan, teamsKey } from './api';
import { PLAN_STATUS_COLOR } from './reading';
import { RefusalAlert } from './RefusalAlert';
import type { TeamDetail } from './types';

/** 服务计划: read by every member; the leader files it, and edits it until it is approved. */
export function PlanCard({ team, leader }: { team: TeamDetail; leader: boolean }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (plan: string) => savePlan(team.id, plan),
    onSuccess: () => {
      setDraft(null);
      void message.success(t('my.team.planSaved'));
      void queryClient.invalidateQueries({ queryKey: teamsKey });
    },
  });
  const editable = leader && team.plan_status !== 'approved';

  return (
    <Card
      size="small"
      title={t('my.team.plan')}
      extra={
        <Tag color={PLAN_STATUS_COLOR[team.plan_status]} data-testid="plan-status">
          {t(`my.team.planStatus.${team.plan_status}`)}
        </Tag>
      }
      data-testid="team-plan"
    >
      <Flex vertical gap={8}>
        {team.plan_status === 'returned' && team.plan_note && (
          <Alert type="warning" showIcon message={t('my.team.planNote', { note: team.plan_note })} />
        )}
        {draft === null ? (
          <>
            <Typography.Paragraph className="plan-text">{team.plan || t('my.team.planNone')}</Typography.Paragraph>
            {editable && (
              <Button
                size="large"
                icon={<EditOutlined />}
                onClick={() => setDraft(team.plan ?? '')}
                data-testid="plan-edit"
              >
                {t('my.team.planEdit')}
              </Button>
            )}
          </>
        ) : (
          <>
            {save.isError && <RefusalAlert error={save.error} title={t('my.team.planFailed')} />}
            <Input.TextArea
              aria-label={t('my.team.plan')}
              rows={8}
              maxLength={5000}
              value={draft}
              placeholder={t('my.team.planPlaceholder')}
              onChange={(event) => setDraft(event.target.value)}
            />
            <Flex gap={8} className="enrolment-actions">
              <Button
                type="primary"
                size="large"
                loading={save.isPending}
                disabled={!draft.trim()}
                onClick={() => save.mutate(draft.trim())}
                data-testid="plan-file"
              >
                {t('my.team.planFile')}
              </Button>
              <Button size="large" onClick={() => setDraft(null)}>
                {t('my.team.planCancel')}
              </Button>
            </Flex>
          </>
        )}
      </Flex>
    </Card>
  );
}
