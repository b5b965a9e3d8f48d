import { describe, expect, it } from 'vitest';
import type { Lot } from '@/api/models';
import { inForce, isOnOffer, offeredFirst } from './lots';

const lot = (id: string, fields: Partial<Lot> = {}): Lot =>
  ({ id, status: 'open', unsold: false, created_at: '2026-03-01T02:00:00Z', ...fields }) as Lot;

describe('isOnOffer', () => {
  it('takes open and partly sold lots, nothing else', () => {
    expect(isOnOffer('open')).toBe(true);
    expect(isOnOffer('partly_sold')).toBe(true);
    expect(isOnOffer('sold_out')).toBe(false);
    expect(isOnOffer('expired')).toBe(false);
    expect(isOnOffer('withdrawn')).toBe(false);
  });
});

describe('offeredFirst', () => {
  it('puts unsold lots first, then the newest', () => {
    const lots = [
      lot('old', { created_at: '2026-01-01T00:00:00Z' }),
      lot('new', { created_at: '2026-03-05T00:00:00Z' }),
      lot('unsold-old', { unsold: true, created_at: '2025-12-01T00:00:00Z' }),
      lot('unsold-new', { unsold: true, status: 'partly_sold', created_at: '2026-02-01T00:00:00Z' }),
    ];
    expect(offeredFirst(lots).map((l) => l.id)).toEqual(['unsold-new', 'unsold-old', 'new', 'old']);
  });

  it('drops lots no longer on offer and keeps each lot once', () => {
    const lots = [lot('a'), lot('b', { status: 'sold_out' }), lot('a'), lot('c', { status: 'withdrawn' })];
    expect(offeredFirst(lots).map((l) => l.id)).toEqual(['a']);
  });
});

describe('inForce', () => {
  const certs = [
    { number: 'GI-1', expires_on: null },
    { number: 'OR-1', expires_on: '2026-03-01' },
    { number: 'GF-1', expires_on: '2026-02-28' },
  ];

  it('keeps certificates without an expiry and those expiring today or later', () => {
    expect(inForce(certs, '2026-03-01').map((c) => c.number)).toEqual(['GI-1', 'OR-1']);
  });

  it('keeps them all before any expires', () => {
    expect(inForce(certs, '2026-01-01')).toHaveLength(3);
  });
});
