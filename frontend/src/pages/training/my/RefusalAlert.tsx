import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { refusalOf } from './reading';

/** A refused or failed request in plain words: the reason when it is one we know, else the problem's text. */
export function RefusalAlert({ error, title, action }: { error: unknown; title: string; action?: ReactNode }) {
  const { t } = useTranslation('training');
  const refusal = refusalOf(error);
  const formatted = formatError(error);
  const description = refusal
    ? t(`my.refusal.${refusal}`)
    : [formatted.title, formatted.detail].filter(Boolean).join('：');
  return (
    <Alert type="error" showIcon message={title} description={description} action={action} data-testid="refusal" />
  );
}
