import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed request as an Alert: the problem's title, its detail beneath. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { title, detail } = formatError(error);
  return (
    <Alert
      className="error-alert"
      type="error"
      showIcon
      message={title}
      description={detail}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        )
      }
    />
  );
}
