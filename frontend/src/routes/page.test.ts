import { describe, expect, it } from 'vitest';
import { namespaceOf } from './page';

describe('namespaceOf', () => {
  it('fetches a page’s words by the first folder of its address', () => {
    expect(namespaceOf({ index: true })).toBe('dashboard');
    expect(namespaceOf({ path: 'loans/my' })).toBe('loans');
    expect(namespaceOf({ path: 'products/market/deals/:id' })).toBe('products');
    expect(namespaceOf({ path: 'training/sessions' })).toBe('training');
    expect(namespaceOf({ path: 'volunteers/my/team' })).toBe('volunteers');
    expect(namespaceOf({ path: 'system/accounts' })).toBe('accounts');
    expect(namespaceOf({ path: 'settings' })).toBe('auth');
  });
});
