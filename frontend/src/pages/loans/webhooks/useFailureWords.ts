import { useTranslation } from 'react-i18next';
import { failureOf, type Failure } from './failures';

type Refusal = Pick<Failure, 'rule' | 'text'>;

/** Words in the UI language for why an attempt failed (`连接被拒绝`) and for the rule a URL breaks
 * (`域名无法解析`). */
export function useFailureWords(): {
  failure: (failure: Failure | string) => string;
  rule: (refusal: Refusal) => string;
} {
  const { t } = useTranslation('loans');
  const rule = (refusal: Refusal) => (refusal.rule ? t(`webhooks.rule.${refusal.rule}`) : (refusal.text ?? ''));
  const failure = (given: Failure | string) => {
    const found = typeof given === 'string' ? failureOf(given) : given;
    switch (found.kind) {
      case 'http':
        return t('webhooks.failure.http', { status: found.status });
      case 'refused':
        return t('webhooks.failure.refused', { rule: rule(found) });
      case 'other':
        return t('webhooks.failure.other', { text: found.text });
      default:
        return t(`webhooks.failure.${found.kind}`);
    }
  };
  return { failure, rule };
}
