import { afterEach, describe, expect, it } from 'vitest';
import { EARLY_ANSWER_MS, takeEarlyAnswer } from './early';

const URL = 'http://127.0.0.1/api/v1/auth/me';

function asked(token = 'abc', at = 1_000) {
  const response = Promise.resolve(new Response('{}'));
  window.__xqEarly = { [URL]: { token, at, response } };
  return response;
}

const get = (token = 'abc', method = 'GET') =>
  new Request(URL, { method, headers: { Authorization: `Bearer ${token}` } });

describe('takeEarlyAnswer', () => {
  afterEach(() => {
    delete window.__xqEarly;
  });

  it('hands the start script’s answer to the first identical request, once', () => {
    const response = asked();
    expect(takeEarlyAnswer(get(), 2_000)).toBe(response);
    expect(takeEarlyAnswer(get(), 2_000)).toBeNull();
  });

  it('leaves a request with another token, another method or another address to go out', () => {
    asked();
    expect(takeEarlyAnswer(get('other'), 2_000)).toBeNull();
    asked();
    expect(takeEarlyAnswer(get('abc', 'DELETE'), 2_000)).toBeNull();
    asked();
    expect(takeEarlyAnswer(new Request(`${URL}?x=1`, { headers: { Authorization: 'Bearer abc' } }), 2_000)).toBeNull();
  });

  it('does not use an answer asked for too long ago', () => {
    asked('abc', 1_000);
    expect(takeEarlyAnswer(get(), 1_000 + EARLY_ANSWER_MS + 1)).toBeNull();
  });

  it('answers nothing without a start script', () => {
    expect(takeEarlyAnswer(get(), 2_000)).toBeNull();
  });
});
