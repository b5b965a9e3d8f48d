import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { refusalOf } from './reading';

/** Why a request was refused, in the student's words when it is a reason we know, else the problem's text. */
export function refusalText(error: unknown, t: (key: string) => string): string {
  const refusal = refusalOf(error);
  if (refusal) return t(`my.refusal.${refusal}`);
  const formatted = formatError(error);
  return [formatted.title, formatted.detail].filter(Boolean).join('：');
}

export function RefusalAlert({ error, title }: { error: unknown; title: string }) {
  const { t } = useTranslation('volunteers');
  return (
    <Alert
      type="error"
      showIcon
      message={title}
      description={refusalText(error, t as (key: string) => string)}
      data-testid="refusal"
    />
  );
}
