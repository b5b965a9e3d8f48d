import { fileURLToPath } from 'node:url';

/** The demo accounts, one per role; all share DEMO_PASSWORD. */
export const ROLES = ['admin', 'city', 'county', 'bank', 'entrepreneur', 'buyer', 'volunteer'] as const;
export type Role = (typeof ROLES)[number];

export const DEMO_PASSWORD = 'Demo@Qingyuan2026';

const AUTH = fileURLToPath(new URL('./.auth/', import.meta.url));

/** What the setup saved for a role: Playwright's storage state, and the session the SPA keeps in
 * sessionStorage (which that state does not carry). */
export const statePath = (role: Role) => `${AUTH}${role}.json`;
export const sessionPath = (role: Role) => `${AUTH}${role}.session.json`;
