import type { Role } from '@/api/models';

// Who may open which page, mirroring the services' rules so that nobody is shown a page that can only
// answer 403. The services enforce these rules; this only keeps the console tidy.
const STAFF: readonly Role[] = ['admin', 'city_staff', 'county_staff'];
const CITY_STAFF: readonly Role[] = ['admin', 'city_staff'];
const STAFF_AND_BANKS: readonly Role[] = [...STAFF, 'bank_officer'];

export type PageId =
  | 'dashboard'
  | 'myLoans'
  | 'applications'
  | 'loans'
  | 'policies'
  | 'quote'
  | 'claims'
  | 'loanStats'
  | 'banks'
  | 'lpr'
  | 'webhooks'
  | 'products'
  | 'myLots'
  | 'myDemands'
  | 'matching'
  | 'clearing'
  | 'lots'
  | 'demands'
  | 'deals'
  | 'deal'
  | 'sellers'
  | 'buyers'
  | 'notices'
  | 'inquiries'
  | 'pairings'
  | 'videos'
  | 'platforms'
  | 'productStats'
  | 'programmes'
  | 'sessions'
  | 'session'
  | 'trainees'
  | 'certificates'
  | 'lecturers'
  | 'trainingStats'
  | 'myTraining'
  | 'myEnrolments'
  | 'myCertificates'
  | 'checkIn'
  | 'volunteerBoard'
  | 'volunteerTeams'
  | 'volunteerCamps'
  | 'volunteerChildren'
  | 'volunteerVisits'
  | 'internships'
  | 'volunteerHours'
  | 'volunteerStats'
  | 'activities'
  | 'myVolunteering'
  | 'myTeam'
  | 'myHours'
  | 'settings'
  | 'accounts'
  | 'apiClients'
  | 'audit';

const READERS: Record<PageId, readonly Role[] | 'everyone'> = {
  dashboard: STAFF,
  // The entrepreneur's own phone views: their profile, applications and loans.
  myLoans: ['entrepreneur'],
  // Staff review applications; a bank officer sees those referred to their bank.
  applications: STAFF_AND_BANKS,
  loans: STAFF_AND_BANKS,
  policies: STAFF_AND_BANKS,
  quote: STAFF_AND_BANKS,
  // City staff review claims; a bank sees its own. County staff take no part.
  claims: [...CITY_STAFF, 'bank_officer'],
  loanStats: STAFF,
  banks: STAFF_AND_BANKS,
  lpr: 'everyone',
  // A bank's endpoint for the loan events, its signing secret, its test event and delivery log.
  webhooks: ['bank_officer'],
  products: 'everyone',
  // The market's phone views: a seller's lots and a buyer's demands, each with their deals.
  myLots: ['entrepreneur'],
  myDemands: ['buyer'],
  // Staff match demands with lots for the buyers and sellers of their county (city staff: all).
  matching: STAFF,
  clearing: STAFF,
  lots: STAFF,
  demands: STAFF,
  deals: STAFF,
  // One deal: staff, and the seller and the buyer on it (the service scopes which).
  deal: [...STAFF, 'entrepreneur', 'buyer'],
  // County staff admit their county's sellers; buyers are listed for staff.
  sellers: STAFF,
  buyers: STAFF,
  // Unsold-produce notices are staff work; the inquiries they bring reach staff and the seller.
  notices: STAFF,
  inquiries: [...STAFF, 'entrepreneur'],
  pairings: STAFF,
  // The brand programme's videos and the e-commerce platforms are the city's showcase.
  videos: 'everyone',
  platforms: 'everyone',
  productStats: STAFF,
  programmes: 'everyone',
  sessions: 'everyone',
  // The training console: a session's roster, attendance and completion, the trainees, certificates,
  // lecturers and statistics. County staff see their county's (the service scopes them).
  session: STAFF,
  trainees: STAFF,
  certificates: STAFF,
  lecturers: STAFF,
  trainingStats: STAFF,
  // The trainee's phone views: sessions near them and their profile, their enrolments, their certificates,
  // and the page a session's QR code opens to check in.
  myTraining: ['entrepreneur'],
  myEnrolments: ['entrepreneur'],
  myCertificates: ['entrepreneur'],
  checkIn: ['entrepreneur'],
  // The volunteers console: the recruitment board, teams and service points, camps and the children's
  // records (county staff: their county's; the service scopes them and logs every read of a child), site
  // visits, internships, hours approval and statistics.
  volunteerBoard: STAFF,
  volunteerTeams: STAFF,
  volunteerCamps: STAFF,
  volunteerChildren: STAFF,
  volunteerVisits: STAFF,
  internships: STAFF,
  volunteerHours: STAFF,
  volunteerStats: STAFF,
  activities: 'everyone',
  // The university student's phone views: applying and the decisions, the team with its camps and children,
  // the hours (the page a team's QR code opens to check in among them).
  myVolunteering: ['volunteer'],
  myTeam: ['volunteer'],
  myHours: ['volunteer'],
  // Everyone who logs in has their own name, password and sessions.
  settings: 'everyone',
  // County staff read their county's accounts; admins and city staff manage everyone's.
  accounts: STAFF,
  // The partner banks' and the services' API clients, and the security events: city-level work.
  apiClients: CITY_STAFF,
  audit: CITY_STAFF,
};

export function canOpen(role: Role, page: PageId): boolean {
  const readers = READERS[page];
  return readers === 'everyone' || readers.includes(role);
}

/** City staff maintain the city-wide reference data, such as the list of partner banks. */
export function canManageBanks(role: Role): boolean {
  return CITY_STAFF.includes(role);
}

/** City staff set the subsidy policy versions. */
export function canManagePolicies(role: Role): boolean {
  return CITY_STAFF.includes(role);
}

/** City staff write off loans and run the overdue check on demand. */
export function canManageLoans(role: Role): boolean {
  return CITY_STAFF.includes(role);
}

/** City staff decide claim lines, approve claims and record their payment. */
export function canReviewClaims(role: Role): boolean {
  return CITY_STAFF.includes(role);
}

/** Admins and city staff create, change, disable and reset accounts; county staff only read theirs. */
export function canManageAccounts(role: Role): boolean {
  return CITY_STAFF.includes(role);
}

/** Administrators alone make or manage administrators (the gateway refuses city staff). */
export function canManageRole(actor: Role, target: Role): boolean {
  return canManageAccounts(actor) && (target !== 'admin' || actor === 'admin');
}

/** Where a role lands after login: the dashboard for staff, their loans for an entrepreneur, the
 * applications referred to them for a bank officer, otherwise the first page it may open. */
export function homePath(role: Role): string {
  if (canOpen(role, 'dashboard')) return '/';
  if (canOpen(role, 'myLoans')) return '/loans/my';
  if (canOpen(role, 'myVolunteering')) return '/volunteers/my';
  if (canOpen(role, 'applications')) return '/loans/applications';
  return '/products';
}
