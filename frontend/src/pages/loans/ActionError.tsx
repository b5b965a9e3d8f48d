import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, formatError } from '@/api/problem';
import { allowedNextStates, failedRules } from './problems';

/**
 * A refused action as an Alert: for a submission that fails the policy, every failed rule; for an
 * application that has moved on meanwhile, what it may move to now; otherwise the problem's text.
 */
export function ActionError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation('loans');
  const rules = failedRules(error);
  if (rules.length > 0) {
    const policy = error instanceof ApiError ? error.problem?.policy : undefined;
    return (
      <Alert
        className="form-alert"
        type="error"
        showIcon
        data-testid="failed-rules"
        message={t('failedRule.title')}
        description={
          <>
            <ul className="failed-rules">
              {rules.map(({ rule, detail }) => {
                const key = `loans:failedRule.${rule}`;
                return (
                  <li key={rule} data-rule={rule}>
                    {i18n.exists(key) ? String(i18n.t(key as never)) : detail}
                    {i18n.exists(key) && detail && (
                      <Typography.Text type="secondary" className="failed-rule-detail">
                        {detail}
                      </Typography.Text>
                    )}
                  </li>
                );
              })}
            </ul>
            {typeof policy === 'string' && (
              <Typography.Text type="secondary">{t('failedRule.policy', { policy })}</Typography.Text>
            )}
          </>
        }
      />
    );
  }
  const { title, detail } = formatError(error);
  const conflict = error instanceof ApiError && error.status === 409;
  const states = allowedNextStates(error);
  const description = conflict
    ? states.length > 0
      ? t('conflict.allowed', { states: states.map((status) => t(`status.${status}`)).join('、') })
      : t('conflict.none')
    : detail;
  return <Alert className="form-alert" type="error" showIcon message={title} description={description} />;
}
