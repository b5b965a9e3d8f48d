// The login page hands the username and temporary password it was given to the forced password change
// page, so that they are not typed twice. Kept in memory only: never in the history state or in storage.

interface Handover {
  username: string;
  password: string;
}

let pending: Handover | null = null;

export function handOver(username: string, password: string): void {
  pending = { username, password };
}

/** What the login page handed over, if anything (it stays until `forgetHandover`). */
export function handedOver(): Handover | null {
  return pending;
}

export function forgetHandover(): void {
  pending = null;
}
