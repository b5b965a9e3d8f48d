import { describe, expect, it } from 'vitest';
import { totalsBy } from './totals';

describe('totalsBy', () => {
  it('sums kilograms per label exactly, largest first', () => {
    const rows = [
      { quantity_kg: '0.10', name: '砂糖橘' },
      { quantity_kg: '0.20', name: '砂糖橘' },
      { quantity_kg: '100.00', name: '英德红茶' },
    ];
    expect(totalsBy(rows, (r) => r.name)).toEqual([
      { label: '英德红茶', kg: 100 },
      { label: '砂糖橘', kg: 0.3 },
    ]);
  });
});
