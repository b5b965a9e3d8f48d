import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { authProblem, strengthKey, waitFor } from './problems';
import zhAuth from '@/i18n/locales/zh-CN/auth';

const BASE = 'https://xiangqing.example/problems/';

function problem(
  status: number,
  slug: string,
  extensions: Record<string, unknown> = {},
  retryAfter: number | null = null,
) {
  return new ApiError(status, { type: BASE + slug, title: slug, status, ...extensions }, retryAfter);
}

describe('authProblem', () => {
  it('reads a lock from the body, whatever the password was', () => {
    expect(authProblem(problem(429, 'too-many-attempts', { retry_after: 900 }))).toEqual({
      kind: 'tooManyAttempts',
      retryAfter: 900,
    });
  });

  it('falls back on the Retry-After header', () => {
    expect(authProblem(problem(429, 'too-many-attempts', {}, 16))).toEqual({ kind: 'tooManyAttempts', retryAfter: 16 });
  });

  it('tells the rate limiter from the login throttle', () => {
    expect(authProblem(problem(429, 'rate-limited', {}, 2)).kind).toBe('rateLimited');
  });

  it('sends an account staff made to the password change, with the address it names', () => {
    expect(
      authProblem(problem(403, 'password-change-required', { change_url: '/api/v1/auth/password/forced-change' })),
    ).toEqual({ kind: 'passwordChangeRequired', changeUrl: '/api/v1/auth/password/forced-change' });
  });

  it('keeps a plain 403 a plain 403', () => {
    expect(authProblem(problem(403, 'forbidden')).kind).toBe('other');
  });

  it("carries zxcvbn's advice for a weak password", () => {
    const weak = problem(422, 'weak-password', {
      score: 1,
      warning: 'This is a very common password.',
      suggestions: ['Add another word or two. Uncommon words are better.', 7],
    });
    expect(authProblem(weak)).toEqual({
      kind: 'weakPassword',
      warning: 'This is a very common password.',
      suggestions: ['Add another word or two. Uncommon words are better.'],
    });
  });

  it('leaves field errors of a 422 to the form', () => {
    expect(authProblem(problem(422, 'validation-error')).kind).toBe('other');
  });

  it('names wrong credentials and a wrong registration code', () => {
    expect(authProblem(problem(401, 'unauthorized')).kind).toBe('badCredentials');
    expect(authProblem(problem(400, 'invalid-code')).kind).toBe('invalidCode');
  });

  it("knows nothing of errors that are not the API's", () => {
    expect(authProblem(new TypeError('Failed to fetch')).kind).toBe('other');
  });
});

describe('waitFor', () => {
  it('says seconds under a minute', () => {
    expect(waitFor(2)).toEqual({ unit: 'seconds', count: 2 });
    expect(waitFor(32)).toEqual({ unit: 'seconds', count: 32 });
    expect(waitFor(58.2)).toEqual({ unit: 'seconds', count: 59 });
  });

  it('says whole minutes, rounded up, from a minute on', () => {
    expect(waitFor(60)).toEqual({ unit: 'minutes', count: 1 });
    expect(waitFor(61)).toEqual({ unit: 'minutes', count: 2 });
    expect(waitFor(900)).toEqual({ unit: 'minutes', count: 15 });
    expect(waitFor(899)).toEqual({ unit: 'minutes', count: 15 });
  });

  it('never says zero', () => {
    expect(waitFor(0)).toEqual({ unit: 'seconds', count: 1 });
  });
});

describe('strengthKey', () => {
  it("has a Chinese sentence for every piece of zxcvbn's advice it knows", () => {
    for (const sentence of [
      'This is a top-10 common password.',
      'Add another word or two. Uncommon words are better.',
      "Predictable substitutions like '@' instead of 'a' don't help very much.",
    ]) {
      const key = strengthKey(sentence);
      expect(key, sentence).toBeDefined();
      expect(zhAuth.strength[key as keyof typeof zhAuth.strength]).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('leaves an unknown sentence alone', () => {
    expect(strengthKey('Something new from a later zxcvbn.')).toBeUndefined();
  });
});
