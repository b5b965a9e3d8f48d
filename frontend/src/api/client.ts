import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as GatewayPaths } from './generated/gateway';
import type { paths as LoansPaths } from './generated/loans';
import type { paths as ProductsPaths } from './generated/products';
import type { paths as TrainingPaths } from './generated/training';
import type { paths as VolunteersPaths } from './generated/volunteers';
import { endSession, getToken } from './session';

export const TOKEN_PATH = '/api/v1/auth/token';

/** Adds the bearer token; a 401 on any call but the login itself ends the session (RequireAuth then
 * sends the user to /login). */
const auth: Middleware = {
  onRequest({ request }) {
    const token = getToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.endsWith(TOKEN_PATH)) {
      endSession('expired');
    }
    return response;
  },
};

function client<Paths extends {}>() {
  // Same origin: the gateway serves both the SPA and /api/v1.
  const api = createClient<Paths>({ baseUrl: '' });
  api.use(auth);
  return api;
}

export const gatewayApi = client<GatewayPaths>();
export const loansApi = client<LoansPaths>();
export const productsApi = client<ProductsPaths>();
export const trainingApi = client<TrainingPaths>();
export const volunteersApi = client<VolunteersPaths>();
