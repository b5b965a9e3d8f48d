import { queryOptions } from '@tanstack/react-query';
import { gatewayApi, TOKEN_PATH } from '@/api/client';
import type { RegistrationStart, TokenResponse } from '@/api/models';
import { tokensFrom } from '@/api/refresh';
import { endSession, startSession } from '@/api/session';
import { expectOk, unwrap } from '@/api/unwrap';

export const currentUserQuery = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: ({ signal }) => unwrap(gatewayApi.GET('/api/v1/auth/me', { signal })),
  staleTime: 5 * 60_000,
});

export const sessionsKey = ['auth', 'sessions'] as const;

function begin(answer: TokenResponse): void {
  startSession(tokensFrom(answer, Date.now()));
}

/** OAuth2 password flow: a form-encoded username (or mobile number) and password for a session. */
export async function logIn(username: string, password: string): Promise<void> {
  begin(
    await unwrap(
      gatewayApi.POST(TOKEN_PATH, {
        body: { grant_type: 'password', username, password, scope: '' },
        bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    ),
  );
}

/** After staff created the account or reset its password: the temporary password for one of the user's own. */
export async function forcedPasswordChange(username: string, currentPassword: string, newPassword: string) {
  begin(
    await unwrap(
      gatewayApi.POST('/api/v1/auth/password/forced-change', {
        body: { username, current_password: currentPassword, new_password: newPassword },
      }),
    ),
  );
}

/** Ends this session at the gateway (its refresh token stops working), then here. The gateway gets three
 * seconds: logging out never waits on a server that does not answer. */
export async function logOut(): Promise<void> {
  try {
    await gatewayApi.POST('/api/v1/auth/logout', { signal: AbortSignal.timeout(3000) });
  } catch {
    // Unreachable: the session still ends here, and its refresh token with the tab.
  } finally {
    endSession('logout');
  }
}

export const startRegistration = (data: RegistrationStart) =>
  unwrap(gatewayApi.POST('/api/v1/auth/registrations', { body: data }));

/** The code and a password: the account is made and logged in. */
export async function confirmRegistration(id: string, code: string, password: string): Promise<void> {
  begin(
    await unwrap(
      gatewayApi.POST('/api/v1/auth/registrations/{registration_id}/confirm', {
        params: { path: { registration_id: id } },
        body: { code, password },
      }),
    ),
  );
}

/** Answers 204; the user's other sessions end, this one goes on. */
export const changePassword = (currentPassword: string, newPassword: string) =>
  expectOk(
    gatewayApi.POST('/api/v1/auth/password', {
      body: { current_password: currentPassword, new_password: newPassword },
    }),
  );

export const updateDisplayName = (displayName: string) =>
  unwrap(gatewayApi.PATCH('/api/v1/auth/me', { body: { display_name: displayName } }));

export const fetchSessions = (signal?: AbortSignal) => unwrap(gatewayApi.GET('/api/v1/auth/sessions', { signal }));

export const endOtherSession = (id: string) =>
  expectOk(gatewayApi.DELETE('/api/v1/auth/sessions/{session_id}', { params: { path: { session_id: id } } }));
