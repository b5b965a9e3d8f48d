import type { components } from '@/api/generated/volunteers';

// The phone pages' shapes, named after the volunteers service's schemas.
type Schemas = components['schemas'];

export type Skill = Schemas['Skill'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type TenOne = Schemas['TenOne'];
export type PlanStatus = Schemas['PlanStatus'];
export type HoursStatus = Schemas['HoursStatus'];
export type ProfileWrite = Schemas['ProfileWrite'];
export type Profile = Schemas['ProfileRead'];
export type VolunteerActivity = Schemas['ActivityRead'];
/** One of the student's own applications, with the activity's dates. */
export type Application = Schemas['MyApplication'];
export type Notice = Schemas['NoticeRead'];
export type TeamDetail = Schemas['TeamDetail'];
/** A camp as its team lists it; the camp's own record (Camp) carries its children and completion. */
export type TeamCamp = Schemas['TeamCamp'];
export type Camp = Schemas['CampRead'];
/** A child in a camp's list: no guardian, no phone. */
export type ChildSummary = Schemas['ChildSummary'];
export type Child = Schemas['ChildRead'];
/** The leader's rotating code, with its QR code (SVG) that opens /volunteers/my/check-in. */
export type TeamCode = Schemas['TeamCode'];
export type HoursEntry = Schemas['HoursEntryRead'];
export type MyHours = Schemas['MyHours'];
/** What anyone holding an hours certificate's number may check; the holder's name is masked. */
export type PublicHoursCertificate = Schemas['PublicHoursCertificate'];

export const SKILLS = [
  'art',
  'tutoring',
  'medical',
  'sports',
  'photography',
  'agriculture',
  'ecommerce',
  'psychology',
] as const satisfies readonly Skill[];

/** 十个一, in the programme's order. */
export const TEN_ONES = [
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
] as const satisfies readonly TenOne[];
