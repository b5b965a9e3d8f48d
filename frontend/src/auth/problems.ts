// What the gateway's identity endpoints can refuse, read from the problem's type (the last segment of its
// URI) and its extension members, so that each page says it in the UI language.
import { ApiError } from '@/api/problem';

export type AuthProblem =
  /** 401 from a credential check: one answer whether the user exists, the password is wrong or the account
   * is disabled. */
  | { kind: 'badCredentials' }
  /** 429: the account or the address must wait this many seconds; nothing said about the password. */
  | { kind: 'tooManyAttempts'; retryAfter: number }
  /** 429 from the rate limiter (too many requests of any kind). */
  | { kind: 'rateLimited'; retryAfter: number }
  /** 403: staff created the account or reset its password; a new one must be chosen first. */
  | { kind: 'passwordChangeRequired'; changeUrl: string }
  /** 422: zxcvbn scored the new password under 3; its warning and suggestions (English). */
  | { kind: 'weakPassword'; warning: string; suggestions: string[] }
  /** 409: the new password is the current one, or no change is pending. */
  | { kind: 'conflict'; detail: string }
  /** 400: the registration code is wrong, expired or tried too often. */
  | { kind: 'invalidCode' }
  | { kind: 'other' };

const FORCED_CHANGE_URL = '/api/v1/auth/password/forced-change';

function slugOf(error: ApiError): string {
  const type = error.problem?.type;
  return type && type !== 'about:blank' ? (type.split('/').pop() ?? '') : '';
}

function seconds(error: ApiError): number {
  const body = error.problem?.retry_after;
  const value = typeof body === 'number' && Number.isFinite(body) ? body : error.retryAfter;
  return Math.max(1, Math.ceil(value ?? 60));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}

export function authProblem(error: unknown): AuthProblem {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  const slug = slugOf(error);
  const problem = error.problem;
  if (error.status === 429) {
    return slug === 'rate-limited'
      ? { kind: 'rateLimited', retryAfter: seconds(error) }
      : { kind: 'tooManyAttempts', retryAfter: seconds(error) };
  }
  if (error.status === 403 && slug === 'password-change-required') {
    const url = problem?.change_url;
    return { kind: 'passwordChangeRequired', changeUrl: typeof url === 'string' ? url : FORCED_CHANGE_URL };
  }
  if (error.status === 422 && slug === 'weak-password') {
    const warning = typeof problem?.warning === 'string' ? problem.warning : '';
    return { kind: 'weakPassword', warning, suggestions: strings(problem?.suggestions) };
  }
  if (error.status === 400 && slug === 'invalid-code') return { kind: 'invalidCode' };
  if (error.status === 409) return { kind: 'conflict', detail: problem?.detail ?? '' };
  if (error.status === 401 && slug !== 'invalid-refresh-token') return { kind: 'badCredentials' };
  return { kind: 'other' };
}

export type Wait = { unit: 'seconds'; count: number } | { unit: 'minutes'; count: number };

/** A wait as people say it: seconds under a minute, otherwise whole minutes rounded up (never "0"). */
export function waitFor(seconds: number): Wait {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? { unit: 'seconds', count: whole } : { unit: 'minutes', count: Math.ceil(whole / 60) };
}

// zxcvbn's feedback is a fixed set of English sentences; each has a key in the auth namespace's
// `strength` section, so the Chinese page shows them in Chinese. A sentence not listed stays as it is.
const ZXCVBN: Record<string, string> = {
  'Use a few words, avoid common phrases.': 'fewWords',
  'No need for symbols, digits, or uppercase letters.': 'noNeedForSymbols',
  'Add another word or two. Uncommon words are better.': 'addWord',
  'Straight rows of keys are easy to guess.': 'straightRows',
  'Short keyboard patterns are easy to guess.': 'keyboardPattern',
  'Use a longer keyboard pattern with more turns.': 'longerKeyboardPattern',
  'Repeats like "aaa" are easy to guess.': 'repeatedChars',
  'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': 'repeatedWords',
  'Avoid repeated words and characters.': 'avoidRepeats',
  'Sequences like "abc" or "6543" are easy to guess.': 'sequences',
  'Avoid sequences.': 'avoidSequences',
  'Recent years are easy to guess.': 'recentYears',
  'Avoid recent years.': 'avoidRecentYears',
  'Avoid years that are associated with you.': 'avoidYours',
  'Dates are often easy to guess.': 'dates',
  'Avoid dates and years that are associated with you.': 'avoidDates',
  'This is a top-10 common password.': 'top10',
  'This is a top-100 common password.': 'top100',
  'This is a very common password.': 'veryCommon',
  'This is similar to a commonly used password.': 'similarToCommon',
  'A word by itself is easy to guess.': 'singleWord',
  'Names and surnames by themselves are easy to guess.': 'namesAlone',
  'Common names and surnames are easy to guess.': 'commonNames',
  "Capitalization doesn't help very much.": 'capitalization',
  'All-uppercase is almost as easy to guess as all-lowercase.': 'allUppercase',
  "Reversed words aren't much harder to guess.": 'reversedWords',
  "Predictable substitutions like '@' instead of 'a' don't help very much.": 'substitutions',
};

/** The key under `strength.` for one of zxcvbn's sentences, if it is a known one. */
export function strengthKey(sentence: string): string | undefined {
  return ZXCVBN[sentence.trim()];
}
