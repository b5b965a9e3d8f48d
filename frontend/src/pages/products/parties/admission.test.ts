import { describe, expect, it } from 'vitest';
import { isDestructive, reasonRequired, sellerActionName, sellerButtons } from './admission';

describe('sellerButtons', () => {
  it('offers a pending seller admission before suspension', () => {
    expect(sellerButtons(['suspend', 'admit'])).toEqual(['admit', 'suspend']);
  });

  it('offers a suspended seller reinstatement only', () => {
    expect(sellerButtons(['reinstate'])).toEqual(['reinstate']);
  });

  it('offers nothing when the service allows nothing', () => {
    expect(sellerButtons([])).toEqual([]);
  });
});

describe('what an action asks for', () => {
  it('needs a reason to suspend, and marks it as destructive', () => {
    expect(reasonRequired('suspend')).toBe(true);
    expect(isDestructive('suspend')).toBe(true);
  });

  it('takes admission and reinstatement with an optional note', () => {
    expect(reasonRequired('admit')).toBe(false);
    expect(reasonRequired('reinstate')).toBe(false);
    expect(isDestructive('admit')).toBe(false);
  });
});

describe('sellerActionName', () => {
  it('calls suspending a pending seller a refusal', () => {
    expect(sellerActionName('suspend', 'pending')).toBe('refuse');
  });

  it('keeps the service’s name otherwise', () => {
    expect(sellerActionName('suspend', 'admitted')).toBe('suspend');
    expect(sellerActionName('admit', 'pending')).toBe('admit');
    expect(sellerActionName('reinstate', 'suspended')).toBe('reinstate');
  });
});
