// The loans service's problem extensions: a refused submission names every rule it fails
// (`failed_rules`), and an illegal transition says what the application may move to now
// (`allowed_next_states`).
import type { ApplicationStatus } from '@/api/models';
import { ApiError } from '@/api/problem';
import { APPLICATION_STATUSES } from '@/domain/enums';

export interface FailedRule {
  rule: string;
  detail: string;
}

function extension(error: unknown, name: string): unknown {
  return error instanceof ApiError ? error.problem?.[name] : undefined;
}

export function failedRules(error: unknown): FailedRule[] {
  const rules = extension(error, 'failed_rules');
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { rule, detail } = item as Record<string, unknown>;
    return typeof rule === 'string' ? [{ rule, detail: typeof detail === 'string' ? detail : '' }] : [];
  });
}

export function allowedNextStates(error: unknown): ApplicationStatus[] {
  const states = extension(error, 'allowed_next_states');
  if (!Array.isArray(states)) return [];
  return APPLICATION_STATUSES.filter((status) => states.includes(status));
}
