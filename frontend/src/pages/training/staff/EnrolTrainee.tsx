import { UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { countyName } from '@/domain/counties';
import { enrol, searchTrainees } from './api';
import type { TrainingSession } from './contract';

/** A search over the trainees (name or mobile) and "报名": books a seat or joins the waitlist. */
export function EnrolTrainee({ session, onEnrolled }: { session: TrainingSession; onEnrolled: () => Promise<void> }) {
  const { t, i18n } = useTranslation('training');
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [traineeId, setTraineeId] = useState<string>();
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const trainees = useQuery({
    queryKey: ['training', 'trainees', 'search', q],
    queryFn: ({ signal }) => searchTrainees(q, signal),
  });
  const submit = useMutation({
    mutationFn: (id: string) => enrol(session.id, id),
    onSuccess: async (enrolment) => {
      setTraineeId(undefined);
      void message.success(
        enrolment.status === 'waitlisted'
          ? t('console.roster.enrol.waitlisted', {
              name: enrolment.trainee_name,
              position: enrolment.waitlist_position ?? '',
            })
          : t('console.roster.enrol.booked', { name: enrolment.trainee_name }),
      );
      await onEnrolled();
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ? `${title}：${detail}` : title, 6);
    },
  });

  return (
    <Flex gap={8} wrap>
      <Space.Compact>
        <Select
          showSearch
          allowClear
          filterOption={false}
          className="enrol-select"
          placeholder={t('console.roster.enrol.placeholder')}
          aria-label={t('console.roster.enrol.placeholder')}
          value={traineeId}
          onChange={setTraineeId}
          onSearch={setText}
          loading={trainees.isFetching}
          notFoundContent={trainees.isError ? formatError(trainees.error).title : t('console.roster.enrol.noTrainees')}
          options={(trainees.data?.items ?? []).map((trainee) => ({
            value: trainee.id,
            label: `${trainee.name} ${trainee.mobile} · ${countyName(trainee.county_code, i18n.language, trainee.county_name)}${
              trainee.poor_household ? ` · ${t('console.poorHousehold')}` : ''
            }`,
          }))}
          data-testid="enrol-select"
        />
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          disabled={!traineeId}
          loading={submit.isPending}
          onClick={() => traineeId && submit.mutate(traineeId)}
          data-testid="enrol-button"
        >
          {t('console.roster.enrol.button')}
        </Button>
      </Space.Compact>
    </Flex>
  );
}
