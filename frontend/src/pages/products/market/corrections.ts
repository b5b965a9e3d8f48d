// Correcting a lot on offer or a demand still wanted: the form starts from the record, and the PATCH sends
// only what changed, in the API's units (kilograms, yuan per kilogram, ISO dates). Pure.
import dayjs, { type Dayjs } from 'dayjs';
import type { Demand, DemandUpdate, Lot, LotUpdate } from '@/api/models';
import { ApiError } from '@/api/problem';
import { fromFen, normaliseMoney, toFen } from '@/lib/money';
import type { QuantityValues } from './QuantityField';
import { toKilograms } from './units';

const DAY = 'YYYY-MM-DD';

type Scalar = string | number | boolean | null;

/** The fields of `next` whose values differ from `current`'s. */
export function changedFields<T extends Record<string, Scalar>>(current: T, next: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (next[key] !== current[key]) changed[key] = next[key];
  }
  return changed;
}

export interface LotCorrection extends QuantityValues {
  floor_price_per_kg: string;
  best_before: Dayjs;
  unsold: boolean;
  town?: string | null;
  note?: string | null;
}

export interface DemandCorrection extends QuantityValues {
  ceiling_price_per_kg: string;
  window: [Dayjs, Dayjs];
  /** Empty: any distance. */
  max_distance_km?: number | null;
}

/** What deals have taken of a total so far ("120.00" of "500.00" with "380.00" remaining). */
export function takenKg(quantityKg: string, remainingKg: string): string {
  return fromFen(toFen(quantityKg) - toFen(remainingKg));
}

/** Whether a new total keeps above what deals have taken: the service refuses one that does not. */
export function staysAboveTaken(newTotalKg: string, taken: string): boolean {
  return toFen(newTotalKg) > toFen(taken);
}

/** The kilograms a 409 says deals have taken (`sold_kg` of a lot, `filled_kg` of a demand), if it says. */
export function conflictKg(error: unknown, field: 'sold_kg' | 'filled_kg'): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const value = error.problem?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** The form's starting values: the lot as it is, its total in kilograms. */
export function lotCorrection(lot: Lot): LotCorrection {
  return {
    quantity: Number(lot.quantity_kg),
    unit: 'kg',
    floor_price_per_kg: lot.floor_price_per_kg,
    best_before: dayjs(lot.best_before),
    unsold: lot.unsold,
    town: lot.town ?? '',
    note: lot.note ?? '',
  };
}

/** The PATCH of a lot: the fields the form changed. An emptied town or note is sent as null (cleared). */
export function lotUpdate(lot: Lot, values: LotCorrection): LotUpdate {
  return changedFields(
    {
      quantity_kg: lot.quantity_kg,
      floor_price_per_kg: lot.floor_price_per_kg,
      best_before: lot.best_before,
      unsold: lot.unsold,
      town: lot.town || null,
      note: lot.note || null,
    },
    {
      quantity_kg: toKilograms(values.quantity, values.unit, values.box_kg),
      floor_price_per_kg: normaliseMoney(values.floor_price_per_kg),
      best_before: values.best_before.format(DAY),
      unsold: values.unsold,
      town: values.town?.trim() || null,
      note: values.note?.trim() || null,
    },
  );
}

/** The form's starting values: the demand as it is, its total in kilograms. */
export function demandCorrection(demand: Demand): DemandCorrection {
  return {
    quantity: Number(demand.quantity_kg),
    unit: 'kg',
    ceiling_price_per_kg: demand.ceiling_price_per_kg,
    window: [dayjs(demand.wanted_from), dayjs(demand.wanted_until)],
    max_distance_km: demand.max_distance_km,
  };
}

/** The PATCH of a demand: the fields the form changed. An emptied distance is sent as null (any distance). */
export function demandUpdate(demand: Demand, values: DemandCorrection): DemandUpdate {
  return changedFields(
    {
      quantity_kg: demand.quantity_kg,
      ceiling_price_per_kg: demand.ceiling_price_per_kg,
      wanted_from: demand.wanted_from,
      wanted_until: demand.wanted_until,
      max_distance_km: demand.max_distance_km,
    },
    {
      quantity_kg: toKilograms(values.quantity, values.unit, values.box_kg),
      ceiling_price_per_kg: normaliseMoney(values.ceiling_price_per_kg),
      wanted_from: values.window[0].format(DAY),
      wanted_until: values.window[1].format(DAY),
      max_distance_km: values.max_distance_km ?? null,
    },
  );
}
