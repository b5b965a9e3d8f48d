// Every value of the API's enumerations, for filter options and labels. Each list is checked against
// the generated type: a value the API adds or drops is a compile error here, not a silent gap.
import type {
  AccountRole,
  ActivityKind,
  ApplicationAction,
  ApplicationStatus,
  BankType,
  ClaimStatus,
  ClientKind,
  Education,
  EventKind,
  LineDecision,
  LoanUse,
  ProductCategory,
  ProgrammeKind,
  RepaymentMethod,
  Role,
  SelfRegisteredRole,
  ServiceScope,
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

/** The roles staff give to people, in the order of the console's lists. */
export const ACCOUNT_ROLES = valuesOf<AccountRole>({
  admin: true,
  city_staff: true,
  county_staff: true,
  bank_officer: true,
  entrepreneur: true,
  buyer: true,
  volunteer: true,
});

/** The roles people take when they register themselves. */
export const SELF_REGISTERED_ROLES = valuesOf<SelfRegisteredRole>({ entrepreneur: true, buyer: true, volunteer: true });

export const CLIENT_KINDS = valuesOf<ClientKind>({ bank: true, service: true });

/** The services an API client may be, and may call. */
export const SERVICE_SCOPES = valuesOf<ServiceScope>({ loans: true, products: true, training: true, volunteers: true });

/** The security events, grouped as the audit page lists them: logins and sessions, passwords and
 * accounts, registration, API clients, keys. */
export const EVENT_KINDS = valuesOf<EventKind>({
  login_succeeded: true,
  login_failed: true,
  login_locked: true,
  login_slowed: true,
  token_rejected: true,
  refresh_reused: true,
  logout: true,
  session_revoked: true,
  password_changed: true,
  password_reset: true,
  account_created: true,
  account_updated: true,
  role_changed: true,
  account_disabled: true,
  account_enabled: true,
  registration_started: true,
  registration_code_failed: true,
  registration_completed: true,
  client_created: true,
  client_authenticated: true,
  client_authentication_failed: true,
  client_secret_rotated: true,
  client_disabled: true,
  client_enabled: true,
  signing_key_rotated: true,
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
