import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { authProblem, strengthKey, waitFor, type AuthProblem } from '@/auth/problems';

interface AuthErrorAlertProps {
  error: unknown;
  /** The heading, e.g. "登录失败". */
  title: string;
  /** What a refusal means on this page, by kind: a 401 is a wrong password here, a wrong temporary
   * password there; a 400 a wrong code. Kinds not given show the problem's own title and detail. */
  messages?: Partial<Record<AuthProblem['kind'], string>>;
  /** What a 429 from the throttle means here: failed logins locked the account (login, password checks),
   * or the same thing was asked too often (a registration code). */
  throttled?: 'lock' | 'busy';
  testId?: string;
}

/** A refusal from the identity endpoints, said in the UI language: the lock and its wait (never whether the
 * password was right), zxcvbn's advice for a weak password, or the problem itself. */
export function AuthErrorAlert({
  error,
  title,
  messages = {},
  throttled = 'lock',
  testId = 'auth-error',
}: AuthErrorAlertProps) {
  const { t } = useTranslation('auth');
  const problem = authProblem(error);

  if (problem.kind === 'tooManyAttempts' || problem.kind === 'rateLimited') {
    const wait = waitFor(problem.retryAfter);
    const locked = problem.kind === 'tooManyAttempts' && throttled === 'lock';
    const text = locked ? t(`lock.${wait.unit}`, { n: wait.count }) : t(`busy.${wait.unit}`, { n: wait.count });
    return (
      <Alert
        type="warning"
        showIcon
        message={locked ? t('lock.title') : title}
        description={text}
        className="login-alert"
        data-testid={testId}
        role="alert"
      />
    );
  }

  if (problem.kind === 'weakPassword') {
    const say = (sentence: string) => {
      const key = strengthKey(sentence);
      return key ? t(`strength.${key}` as 'strength.fewWords') : sentence;
    };
    const advice = problem.suggestions.map(say);
    return (
      <Alert
        type="error"
        showIcon
        message={t('weak.title')}
        description={
          <>
            {problem.warning && <div>{say(problem.warning)}</div>}
            {advice.length > 0 ? (
              <ul className="password-advice">
                {advice.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              !problem.warning && <div>{t('weak.fallback')}</div>
            )}
          </>
        }
        className="login-alert"
        data-testid={testId}
        role="alert"
      />
    );
  }

  const formatted = formatError(error);
  const description = messages[problem.kind] ?? formatted.detail ?? formatted.title;
  return (
    <Alert
      type="error"
      showIcon
      message={title}
      description={description}
      className="login-alert"
      data-testid={testId}
      role="alert"
    />
  );
}
