import { afterEach, describe, expect, it, vi } from 'vitest';
import { idempotencyKey } from './idempotency';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotencyKey', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a new UUID every time', () => {
    const first = idempotencyKey();
    expect(first).toMatch(UUID_V4);
    expect(idempotencyKey()).not.toBe(first);
  });

  it('makes a version-4 UUID itself outside a secure context', () => {
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => bytes.fill(0xff) });
    expect(idempotencyKey()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
