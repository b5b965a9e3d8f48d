import { queryOptions } from '@tanstack/react-query';
import { gatewayApi, TOKEN_PATH } from '@/api/client';
import { startSession } from '@/api/session';
import { unwrap } from '@/api/unwrap';

export const currentUserQuery = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: ({ signal }) => unwrap(gatewayApi.GET('/api/v1/auth/me', { signal })),
  staleTime: 5 * 60_000,
});

/** OAuth2 password flow: a form-encoded username and password for a bearer token. */
export async function logIn(username: string, password: string): Promise<void> {
  const token = await unwrap(
    gatewayApi.POST(TOKEN_PATH, {
      body: { grant_type: 'password', username, password, scope: '' },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
  );
  startSession(token.access_token);
}
