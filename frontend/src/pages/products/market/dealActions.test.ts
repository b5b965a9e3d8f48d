import { describe, expect, it } from 'vitest';
import type { DealDetail } from '@/api/models';
import { dealButtons, dealInput, deliveryWithin, isDestructive, waitingForOtherSide } from './dealActions';

describe('dealButtons', () => {
  it('puts the step forward before disputing and cancelling', () => {
    expect(dealButtons(['cancel', 'accept'])).toEqual(['accept', 'cancel']);
    expect(dealButtons(['dispute', 'deliver'])).toEqual(['deliver', 'dispute']);
  });

  it('never offers the clearing its own steps', () => {
    expect(dealButtons(['propose', 'withdraw', 'settle'])).toEqual(['settle']);
  });
});

describe('dealInput', () => {
  it('asks a reason to dispute or cancel, and marks them destructive', () => {
    expect(dealInput('dispute')).toBe('reason');
    expect(dealInput('cancel')).toBe('reason');
    expect(isDestructive('cancel')).toBe(true);
  });

  it('asks the quantity that arrived to deliver', () => {
    expect(dealInput('deliver')).toBe('delivery');
  });

  it('asks nothing to accept and an optional note otherwise', () => {
    expect(dealInput('accept')).toBe('none');
    expect(dealInput('ship')).toBe('note');
    expect(dealInput('settle')).toBe('note');
    expect(isDestructive('settle')).toBe(false);
  });
});

describe('deliveryWithin', () => {
  it('takes the whole quantity or less', () => {
    expect(deliveryWithin('300.00', '300.00')).toBe(true);
    expect(deliveryWithin('280.50', '300.00')).toBe(true);
  });

  it('refuses more than the deal, nothing, or what is not a quantity', () => {
    expect(deliveryWithin('300.01', '300.00')).toBe(false);
    expect(deliveryWithin('0.00', '300.00')).toBe(false);
    expect(deliveryWithin('abc', '300.00')).toBe(false);
  });
});

describe('waitingForOtherSide', () => {
  const deal = (changes: Partial<DealDetail>) =>
    ({ status: 'proposed', seller_accepted_at: null, buyer_accepted_at: null, ...changes }) as DealDetail;

  it('is the seller who has accepted while the buyer has not', () => {
    const accepted = deal({ seller_accepted_at: '2026-05-01T02:00:00Z' });
    expect(waitingForOtherSide(accepted, 'entrepreneur')).toBe(true);
    expect(waitingForOtherSide(accepted, 'buyer')).toBe(false);
  });

  it('is the buyer who has accepted while the seller has not', () => {
    expect(waitingForOtherSide(deal({ buyer_accepted_at: '2026-05-01T02:00:00Z' }), 'buyer')).toBe(true);
  });

  it('is nobody once the deal has moved on, nor staff', () => {
    const moved = deal({ status: 'accepted', seller_accepted_at: 'x', buyer_accepted_at: 'y' });
    expect(waitingForOtherSide(moved, 'entrepreneur')).toBe(false);
    expect(waitingForOtherSide(deal({ seller_accepted_at: 'x' }), 'city_staff')).toBe(false);
  });
});

describe('isDestructive', () => {
  it('marks a withdrawn proposal in red on the timeline too', () => {
    expect(isDestructive('withdraw')).toBe(true);
    expect(isDestructive('propose')).toBe(false);
  });
});
