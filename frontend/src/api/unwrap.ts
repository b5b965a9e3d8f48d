import { ApiError, asProblem, retryAfterSeconds } from './problem';

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function failure(response: Response, error: unknown): ApiError {
  return new ApiError(response.status, asProblem(error), retryAfterSeconds(response.headers.get('Retry-After')));
}

/** Returns an openapi-fetch result's data, or throws an ApiError carrying the problem document. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw failure(response, error);
  return data;
}

/** For a call that answers 204 No Content: resolves when it succeeded, else throws like `unwrap`. */
export async function expectOk(call: Promise<FetchResult<unknown>>): Promise<void> {
  const { error, response } = await call;
  if (!response.ok) throw failure(response, error);
}
