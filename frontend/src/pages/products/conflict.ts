// The products service answers a step that is no longer possible (someone else moved the record first) with
// 409 and the record's status now (`status_now`).
import { ApiError } from '@/api/problem';

/** The status a 409 says the record has now, when it is one of `statuses`. */
export function statusNow<S extends string>(error: unknown, statuses: readonly S[]): S | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const value = error.problem?.status_now;
  return statuses.find((status) => status === value);
}
