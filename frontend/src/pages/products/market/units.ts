// The API speaks kilograms; people sell by the 斤, the kilogram, the tonne or the box. Pure.

export const QUANTITY_UNITS = ['jin', 'kg', 'tonne', 'box'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/** Kilograms in one unit (a box: the kilograms the seller says one box holds). */
export function kilogramsPerUnit(unit: QuantityUnit, boxKg?: number | null): number {
  switch (unit) {
    case 'jin':
      return 0.5;
    case 'kg':
      return 1;
    case 'tonne':
      return 1000;
    case 'box':
      if (!boxKg || !Number.isFinite(boxKg) || boxKg <= 0) throw new RangeError('a box needs its kilograms');
      return boxKg;
  }
}

/** A quantity in a unit as the API's kilograms: a decimal string with two places ("1250.50"). */
export function toKilograms(quantity: number, unit: QuantityUnit, boxKg?: number | null): string {
  if (!Number.isFinite(quantity) || quantity <= 0) throw new RangeError(`not a quantity: ${quantity}`);
  // Work in hundredths of a kilogram, rounded once, so that 0.1 + 0.2 never shows.
  const hundredths = Math.round(quantity * kilogramsPerUnit(unit, boxKg) * 100);
  return (hundredths / 100).toFixed(2);
}

/** Kilograms back in 斤 (for a line such as "500 kg（1,000 斤）"). */
export function kilogramsToJin(kg: string | number): number {
  return Math.round(Number(kg) * 2 * 100) / 100;
}

/** A price per kilogram as a price per 斤, to two places. */
export function pricePerJin(perKg: string | number): string {
  return (Math.round(Number(perKg) * 50) / 100).toFixed(2);
}
