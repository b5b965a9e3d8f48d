import { describe, expect, it } from 'vitest';
import { pledgeBar, pledgeShortfall } from './pledge';

describe('pledgeBar', () => {
  it('is empty without a pledge', () => {
    expect(pledgeBar(null)).toBeNull();
    expect(pledgeBar(undefined)).toBeNull();
  });

  it('shows the progress of a pledge under way', () => {
    expect(pledgeBar('37.50')).toEqual({ percent: 37.5, met: false });
  });

  it('stops the bar at 100 when the pledge is exceeded', () => {
    expect(pledgeBar('120.00')).toEqual({ percent: 100, met: true });
  });

  it('counts a pledge met exactly as met', () => {
    expect(pledgeBar('100.00')).toEqual({ percent: 100, met: true });
  });
});

describe('pledgeShortfall', () => {
  it('is what is left to buy, to the fen', () => {
    expect(pledgeShortfall('600000.00', '4500.10')).toBe('595499.90');
  });

  it('is nothing once the pledge is met or exceeded', () => {
    expect(pledgeShortfall('200000.00', '200000.00')).toBeNull();
    expect(pledgeShortfall('200000.00', '250000.00')).toBeNull();
  });

  it('is nothing without a pledge', () => {
    expect(pledgeShortfall(null, '0.00')).toBeNull();
  });
});
