import type {
  ApplicationAction,
  ApplicationStatus,
  HostKind,
  HoursStatus,
  PlanStatus,
  Skill,
  TenOne,
  VisitKind,
  VisitStatus,
} from './types';

/** The ten ones (十个一) in the programme's order: every grid and chart lists them so. */
export const TEN_ONES: readonly TenOne[] = [
  'health_check',
  'art_class',
  'tutoring',
  'games',
  'home_visit',
  'cultural_activity',
  'volunteer_service',
  'red_education',
  'personal_showcase',
  'safety_education',
];

export const SKILLS: readonly Skill[] = [
  'art',
  'tutoring',
  'medical',
  'sports',
  'photography',
  'agriculture',
  'ecommerce',
  'psychology',
];

/** The decisions staff take on the board, in the order the buttons show. */
export type BoardDecision = Extract<ApplicationAction, 'shortlist' | 'accept' | 'waitlist' | 'reject'>;
export const BOARD_ACTIONS: readonly BoardDecision[] = ['shortlist', 'accept', 'waitlist', 'reject'];

export const HOST_KINDS: readonly HostKind[] = [
  'enterprise',
  'cooperative',
  'public_institution',
  'government',
  'social_organisation',
];

export const APPLICATION_COLOR: Record<ApplicationStatus, string> = {
  applied: 'blue',
  shortlisted: 'cyan',
  accepted: 'green',
  waitlisted: 'gold',
  rejected: 'red',
  withdrawn: 'default',
};

export const PLAN_COLOR: Record<PlanStatus, string> = {
  none: 'default',
  filed: 'blue',
  approved: 'green',
  returned: 'orange',
};

export const VISIT_KINDS: readonly VisitKind[] = ['enterprise', 'cooperative', 'loan_project', 'seller'];

export const VISIT_COLOR: Record<VisitStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  reviewed: 'green',
  returned: 'orange',
};

export const HOURS_COLOR: Record<HoursStatus, string> = {
  open: 'default',
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
};
