import i18next from 'i18next';
import type { ProblemDetails } from './models';

/** A failed API call: the HTTP status, the problem document when the server sent one, and how many
 * seconds the server asked us to wait (Retry-After), when it did. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | null;
  readonly retryAfter: number | null;

  constructor(status: number, problem: ProblemDetails | null, retryAfter: number | null = null) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** Retry-After in seconds (the gateway sends whole seconds; an HTTP date is read too). */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

export function asProblem(body: unknown): ProblemDetails | null {
  if (typeof body !== 'object' || body === null) return null;
  const candidate = body as Record<string, unknown>;
  if (typeof candidate.title !== 'string' && typeof candidate.detail !== 'string') return null;
  return candidate as ProblemDetails;
}

export interface FormattedError {
  title: string;
  detail?: string;
  /** Messages per form field, keyed by the last part of each error's `loc`. */
  fields: Record<string, string[]>;
}

const LOCATION_ROOTS = new Set(['body', 'query', 'path', 'header', 'cookie']);

function fieldName(loc: (string | number)[]): string {
  const parts = loc.filter((part, index) => !(index === 0 && LOCATION_ROOTS.has(String(part))));
  return parts.length > 0 ? parts.map(String).join('.') : '';
}

const translated = (key: string) => (i18next.exists(key) ? String(i18next.t(key as never)) : undefined);

/**
 * The problem's title in the UI language: the services write titles in English, so a known problem
 * type (by the last segment of its URI) is translated; an about:blank problem carries only the HTTP
 * reason phrase (RFC 9457 §4.2.1), translated by status. Any other problem keeps its own title.
 */
function localTitle(problem: ProblemDetails | null, status: number): string | undefined {
  if (!problem?.type || problem.type === 'about:blank') return translated(`httpStatus.${status}`);
  const slug = problem.type.split('/').pop();
  return slug ? translated(`problem.${slug}`) : undefined;
}

/** Turns anything a request can throw into the text an Alert or a message shows. */
export function formatError(error: unknown): FormattedError {
  const t = i18next.t;
  if (!(error instanceof ApiError)) {
    const network = error instanceof TypeError;
    return { title: network ? t('error.network') : t('error.unknown'), fields: {} };
  }
  const problem = error.problem;
  const fields: Record<string, string[]> = {};
  for (const item of problem?.errors ?? []) {
    const name = fieldName(item.loc);
    (fields[name] ??= []).push(item.msg);
  }
  const title = localTitle(problem, error.status) ?? problem?.title ?? t('error.status', { status: error.status });
  const detail = problem?.detail && problem.detail !== title ? problem.detail : undefined;
  return { title, detail, fields };
}
