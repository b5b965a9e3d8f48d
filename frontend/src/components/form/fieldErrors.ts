import type { FormInstance } from 'antd';
import { formatError } from '@/api/problem';

export type FieldErrors = Parameters<FormInstance['setFields']>[0];

/**
 * A refusal's field errors (RFC 9457 `errors`, see `formatError`) that belong under the form's own fields:
 * a request field counts by its first part (`branches.0` is `branches`), and `rename` maps a request field
 * to the form field that holds it (`effective_from` to `period`). The rest are for the dialog's Alert.
 */
export function problemFieldErrors(
  error: unknown,
  fields: readonly string[],
  rename: Readonly<Record<string, string>> = {},
): FieldErrors {
  const byField = new Map<string, string[]>();
  for (const [path, errors] of Object.entries(formatError(error).fields)) {
    const first = path.split('.')[0] ?? '';
    const name = rename[first] ?? first;
    if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), ...errors]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}
