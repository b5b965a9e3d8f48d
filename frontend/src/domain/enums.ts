// Every value of the API's enumerations, for filter options and labels. Each list is checked against
// the generated type: a value the API adds or drops is a compile error here, not a silent gap.
import type { ActivityKind, BankType, ProductCategory, ProgrammeKind, Role, SessionLevel } from '@/api/models';

function valuesOf<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

export const ROLES = valuesOf<Role>({
  admin: true,
  city_staff: true,
  county_staff: true,
  bank_officer: true,
  entrepreneur: true,
  buyer: true,
  volunteer: true,
  service: true,
});

export const BANK_TYPES = valuesOf<BankType>({ postal_savings: true, rural_commercial: true, other: true });

export const PRODUCT_CATEGORIES = valuesOf<ProductCategory>({
  fruit: true,
  tea: true,
  grain: true,
  meat: true,
  nuts: true,
  vegetable: true,
  processed: true,
  other: true,
});

export const PROGRAMME_KINDS = valuesOf<ProgrammeKind>({
  lead_goose: true,
  lecture_hall: true,
  ecommerce_class: true,
  online: true,
});

export const SESSION_LEVELS = valuesOf<SessionLevel>({ city: true, county: true, town: true });

export const ACTIVITY_KINDS = valuesOf<ActivityKind>({ summer_camp: true, service_team: true });

/** Narrows a URL parameter to one of the values, or undefined. */
export function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}
