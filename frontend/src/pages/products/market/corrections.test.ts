import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Demand, Lot } from '@/api/models';
import { ApiError } from '@/api/problem';
import {
  changedFields,
  conflictKg,
  demandCorrection,
  demandUpdate,
  lotCorrection,
  lotUpdate,
  staysAboveTaken,
  takenKg,
} from './corrections';

const LOT: Lot = {
  id: 'lot-1',
  seller_id: 'seller-1',
  seller_name: '黄小龙',
  seller_county_code: '441881',
  seller_county_name: '英德市',
  product_id: 'product-1',
  product_name: '连州砂糖橘',
  category: 'fruit',
  status: 'partly_sold',
  quantity_kg: '500.00',
  remaining_kg: '380.00',
  floor_price_per_kg: '6.50',
  harvest_date: '2026-01-10',
  best_before: '2026-02-09',
  county_code: '441881',
  county_name: '英德市',
  town: '连江口镇',
  unsold: true,
  note: null,
  created_at: '2026-01-10T08:00:00Z',
  allowed_actions: ['sell_part', 'sell_out', 'withdraw', 'edit'],
};

const DEMAND: Demand = {
  id: 'demand-1',
  buyer_id: 'buyer-1',
  buyer_name: '清远高新区企业联合食堂',
  product_id: null,
  product_name: null,
  category: 'fruit',
  status: 'open',
  quantity_kg: '200.00',
  remaining_kg: '200.00',
  ceiling_price_per_kg: '9.00',
  wanted_from: '2026-01-12',
  wanted_until: '2026-01-26',
  county_code: '441802',
  county_name: '清城区',
  max_distance_km: 120,
  recurrence: 'none',
  previous_id: null,
  next_id: null,
  cancel_reason: null,
  created_at: '2026-01-10T08:00:00Z',
  allowed_actions: ['fill_part', 'fill_up', 'cancel', 'edit'],
};

const conflict = (extra: Record<string, unknown>) =>
  new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, ...extra });

describe('changedFields', () => {
  it('keeps only the fields whose value differs, a null included', () => {
    expect(changedFields({ a: '1', b: true, c: 5 }, { a: '1', b: false, c: 5 })).toEqual({ b: false });
    expect(changedFields({ a: 'x', c: 5 as number | null }, { a: 'x', c: null })).toEqual({ c: null });
    expect(changedFields({ a: 'x' }, { a: 'x' })).toEqual({});
  });
});

describe('lotUpdate', () => {
  it('sends nothing when the form is as the lot was', () => {
    expect(lotUpdate(LOT, lotCorrection(LOT))).toEqual({});
  });

  it('sends the new total in kilograms and the price as the API writes it', () => {
    const values = { ...lotCorrection(LOT), quantity: 1200, unit: 'jin' as const, floor_price_per_kg: '7.2' };
    expect(lotUpdate(LOT, values)).toEqual({ quantity_kg: '600.00', floor_price_per_kg: '7.20' });
  });

  it('sees no change in the same total typed in another unit', () => {
    expect(lotUpdate(LOT, { ...lotCorrection(LOT), quantity: 0.5, unit: 'tonne' })).toEqual({});
    expect(lotUpdate(LOT, { ...lotCorrection(LOT), quantity: 20, unit: 'box', box_kg: 25 })).toEqual({});
  });

  it('sends dates as days, and clears an emptied town', () => {
    const values = { ...lotCorrection(LOT), best_before: dayjs('2026-02-20'), unsold: false, town: '  ' };
    expect(lotUpdate(LOT, values)).toEqual({ best_before: '2026-02-20', unsold: false, town: null });
  });

  it('trims a note and leaves an empty one alone', () => {
    expect(lotUpdate(LOT, { ...lotCorrection(LOT), note: '  ' })).toEqual({});
    expect(lotUpdate(LOT, { ...lotCorrection(LOT), note: ' 次果 ' })).toEqual({ note: '次果' });
  });
});

describe('demandUpdate', () => {
  it('sends nothing when the form is as the demand was', () => {
    expect(demandUpdate(DEMAND, demandCorrection(DEMAND))).toEqual({});
  });

  it('sends the changed ceiling and window end only', () => {
    const start = demandCorrection(DEMAND);
    const values = { ...start, ceiling_price_per_kg: '10', window: [start.window[0], dayjs('2026-02-01')] };
    expect(demandUpdate(DEMAND, values as typeof start)).toEqual({
      ceiling_price_per_kg: '10.00',
      wanted_until: '2026-02-01',
    });
  });

  it('sends an emptied distance as null: any distance', () => {
    expect(demandUpdate(DEMAND, { ...demandCorrection(DEMAND), max_distance_km: undefined })).toEqual({
      max_distance_km: null,
    });
    const anywhere = { ...DEMAND, max_distance_km: null };
    expect(demandUpdate(anywhere, demandCorrection(anywhere))).toEqual({});
  });
});

describe('what deals have taken', () => {
  it('is the total less what remains, exactly', () => {
    expect(takenKg('500.00', '380.00')).toBe('120.00');
    expect(takenKg('0.30', '0.10')).toBe('0.20');
    expect(takenKg('200.00', '200.00')).toBe('0.00');
  });

  it('must stay below a new total', () => {
    expect(staysAboveTaken('120.01', '120.00')).toBe(true);
    expect(staysAboveTaken('120.00', '120.00')).toBe(false);
    expect(staysAboveTaken('100.00', '120.00')).toBe(false);
  });

  it('is read off a conflict that reports it', () => {
    expect(conflictKg(conflict({ status_now: 'partly_sold', sold_kg: '120.00' }), 'sold_kg')).toBe('120.00');
    expect(conflictKg(conflict({ status_now: 'partly_filled', filled_kg: '50.00' }), 'filled_kg')).toBe('50.00');
    expect(conflictKg(conflict({ status_now: 'sold_out', allowed_actions: [] }), 'sold_kg')).toBeUndefined();
    expect(conflictKg(new ApiError(422, null), 'sold_kg')).toBeUndefined();
  });
});
