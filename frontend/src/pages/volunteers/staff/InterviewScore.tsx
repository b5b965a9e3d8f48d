import { useMutation } from '@tanstack/react-query';
import { App, Button, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { setInterviewScore } from './api';
import type { BoardRow } from './types';

/** The interview score (0–100) of one applicant; saving it recomputes the score and the ranking. */
export function InterviewScore({ row, onSaved }: { row: BoardRow; onSaved: () => void }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(row.interview_score);
  const save = useMutation({
    mutationFn: (score: number) => setInterviewScore(row.id, score),
    onSuccess: () => {
      void message.success(t('staff.board.interviewSaved', { name: row.profile.name }));
      onSaved();
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ? `${title}：${detail}` : title);
    },
  });
  const changed = value !== null && value !== row.interview_score;
  return (
    <Space.Compact size="small">
      <InputNumber
        min={0}
        max={100}
        precision={0}
        value={value}
        onChange={setValue}
        onPressEnter={() => changed && save.mutate(value)}
        aria-label={`${t('staff.board.interview')} ${row.profile.name}`}
        className="interview-input"
      />
      <Button
        disabled={!changed}
        loading={save.isPending}
        onClick={() => value !== null && save.mutate(value)}
        aria-label={t('staff.board.interviewSave')}
      >
        ✓
      </Button>
    </Space.Compact>
  );
}
