import { ApiError, asProblem } from './problem';

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns an openapi-fetch result's data, or throws an ApiError carrying the problem document. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw new ApiError(response.status, asProblem(error));
  }
  return data;
}
