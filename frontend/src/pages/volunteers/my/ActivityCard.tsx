import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countyName } from '@/domain/counties';
import { apply, myKey } from './api';
import { refusalOf, STATUS_COLOR } from './reading';
import { RefusalAlert } from './RefusalAlert';
import type { Application, VolunteerActivity } from './types';

interface ActivityCardProps {
  activity: VolunteerActivity;
  /** The student's application to it, if one counts. */
  application: Application | undefined;
  hasProfile: boolean;
}

/** An activity recruiting now, and the way to apply: a short motivation, then 已报名. */
export function ActivityCard({ activity, application, hasProfile }: ActivityCardProps) {
  const { t, i18n } = useTranslation('volunteers');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [motivation, setMotivation] = useState('');
  const send = useMutation({
    mutationFn: () => apply(activity.id, motivation.trim()),
    onSuccess: () => {
      setOpen(false);
      void message.success(t('my.activity.sent'));
    },
    onError: (error) => {
      if (refusalOf(error) === 'profile-missing') void navigate('/volunteers/my/profile');
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: myKey }),
  });
  const startApply = () => {
    if (!hasProfile) {
      void message.info(t('my.activity.needProfile'));
      void navigate('/volunteers/my/profile');
      return;
    }
    send.reset();
    setOpen(true);
  };
  const place = [countyName(activity.county_code, i18n.language, activity.county_name), activity.town, activity.village]
    .filter(Boolean)
    .join(' · ');

  return (
    <Card className="enrolment-card" data-testid="open-activity">
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Text strong>{activity.name}</Typography.Text>
          <Tag color={activity.kind === 'summer_camp' ? 'magenta' : 'green'}>{t(`kind.${activity.kind}`)}</Tag>
        </Flex>
        <Typography.Text type="secondary">{place}</Typography.Text>
        {activity.starts_on && activity.ends_on && (
          <Typography.Text>
            {t('my.activity.period', { from: activity.starts_on, to: activity.ends_on })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" className="small-text">
          {[
            t('my.activity.recruitUntil', { date: activity.recruit_until }),
            t('my.activity.places', { accepted: activity.accepted ?? 0, places: activity.places }),
          ].join(' · ')}
        </Typography.Text>
        {(activity.skills_wanted?.length ?? 0) > 0 && (
          <Flex gap={4} wrap align="center">
            <Typography.Text type="secondary" className="small-text">
              {t('my.activity.skillsWanted')}：
            </Typography.Text>
            {activity.skills_wanted?.map((skill) => (
              <Tag key={skill}>{t(`my.skill.${skill}`)}</Tag>
            ))}
          </Flex>
        )}
        {activity.meets_children && (
          <Typography.Text type="warning" className="small-text">
            {t('my.activity.meetsChildren')}
          </Typography.Text>
        )}
        {activity.description && (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: '…' }}>
            {activity.description}
          </Typography.Paragraph>
        )}
        {application ? (
          <div>
            <Tag color={STATUS_COLOR[application.status]} className="enrolment-status" data-testid="activity-status">
              {t(`my.status.${application.status}`)}
            </Tag>
          </div>
        ) : (
          <Button type="primary" size="large" block onClick={startApply} data-testid="apply">
            {t('my.activity.apply')}
          </Button>
        )}
      </Flex>
      <Modal
        open={open}
        title={t('my.activity.applyTitle', { name: activity.name })}
        okText={t('my.activity.submit')}
        cancelText={t('my.activity.cancel')}
        okButtonProps={{ size: 'large', loading: send.isPending, 'data-testid': 'apply-submit' } as never}
        cancelButtonProps={{ size: 'large' }}
        onOk={() => send.mutate()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          {send.isError && <RefusalAlert error={send.error} title={t('my.activity.applyFailed')} />}
          <label htmlFor={`motivation-${activity.id}`}>{t('my.activity.motivation')}</label>
          <Input.TextArea
            id={`motivation-${activity.id}`}
            rows={4}
            maxLength={500}
            showCount
            placeholder={t('my.activity.motivationHint')}
            value={motivation}
            onChange={(event) => setMotivation(event.target.value)}
          />
        </Flex>
      </Modal>
    </Card>
  );
}
