/** An API answer index.html's start script asked for before the app's code arrived
 * (vite-plugins/signedInStart.browser.js): the token it was sent with, when, and the answer to come. */
export interface EarlyAnswer {
  token: string;
  at: number;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __xqEarly?: Record<string, EarlyAnswer>;
  }
}

/** Whether index.html's start script asked for this page's code and first answers (a signed-in tab). */
export const startedEarly = (): boolean => window.__xqEarly !== undefined;

/** Older than this, an answer is not used: the app asks again. */
export const EARLY_ANSWER_MS = 30_000;

/**
 * The start script's answer to this request, once: a GET of the same address with the same token, asked for
 * less than half a minute ago. Null otherwise, and then the request goes out as usual.
 */
export function takeEarlyAnswer(request: Request, now: number): Promise<Response> | null {
  const answers = window.__xqEarly;
  const early = answers?.[request.url];
  if (!answers || !early || request.method !== 'GET') return null;
  delete answers[request.url];
  if (now - early.at > EARLY_ANSWER_MS || request.headers.get('Authorization') !== `Bearer ${early.token}`) {
    return null;
  }
  return early.response;
}
