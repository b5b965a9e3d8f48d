// Every value of the API's enumerations, for filter options and labels. Each list is checked against
// the generated type: a value the API adds or drops is a compile error here, not a silent gap.
import type {
  ActivityKind,
  ApplicationAction,
  ApplicationStatus,
  BankType,
  ClaimStatus,
  Education,
  LineDecision,
  LoanUse,
  ProductCategory,
  ProgrammeKind,
  RepaymentMethod,
  Role,
  SessionLevel,
} from '@/api/models';

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

/** In the order an application moves through them; the exits (rejected, declined, withdrawn) last. */
export const APPLICATION_STATUSES = valuesOf<ApplicationStatus>({
  draft: true,
  submitted: true,
  recommended: true,
  referred: true,
  approved: true,
  disbursed: true,
  repaying: true,
  overdue: true,
  settled: true,
  written_off: true,
  rejected: true,
  declined: true,
  withdrawn: true,
});

export const APPLICATION_ACTIONS = valuesOf<ApplicationAction>({
  submit: true,
  withdraw: true,
  recommend: true,
  return: true,
  reject: true,
  refer: true,
  approve: true,
  decline: true,
  disburse: true,
  record_repayment: true,
  mark_overdue: true,
  cure: true,
  settle: true,
  write_off: true,
});

export const LOAN_USES = valuesOf<LoanUse>({
  planting: true,
  livestock: true,
  processing: true,
  ecommerce: true,
  homestay: true,
  rural_tourism: true,
  other: true,
});

export const EDUCATIONS = valuesOf<Education>({
  primary: true,
  junior_secondary: true,
  senior_secondary: true,
  vocational: true,
  college: true,
  bachelor: true,
  postgraduate: true,
});

export const REPAYMENT_METHODS = valuesOf<RepaymentMethod>({
  equal_instalments: true,
  equal_principal: true,
  interest_monthly_principal_at_maturity: true,
});

export const CLAIM_STATUSES = valuesOf<ClaimStatus>({ filed: true, approved: true, paid: true });

export const LINE_DECISIONS = valuesOf<LineDecision>({ pending: true, approved: true, rejected: true });

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
