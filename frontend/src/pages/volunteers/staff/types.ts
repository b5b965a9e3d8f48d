// The volunteers API's types for the staff console, named after the generated OpenAPI schemas
// (`npm run gen:api`; never written by hand).
import type { components } from '@/api/generated/volunteers';

type Schemas = components['schemas'];

export type Skill = Schemas['Skill'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type ApplicationAction = Schemas['ApplicationAction'];
export type PlanStatus = Schemas['PlanStatus'];
export type TenOne = Schemas['TenOne'];
export type Gender = Schemas['Gender'];
export type HoursKind = Schemas['HoursKind'];
export type HoursStatus = Schemas['HoursStatus'];
export type VisitKind = Schemas['VisitKind'];
export type VisitStatus = Schemas['VisitStatus'];
export type HostKind = Schemas['HostKind'];

export type Activity = Schemas['ActivityRead'];
export type ActivityWrite = Schemas['ActivityCreate'];
export type Application = Schemas['ApplicationRead'];
export type ScoreParts = Schemas['ScorePartsRead'];
export type BoardProfile = Schemas['ApplicantSummary'];
export type BoardRow = Schemas['BoardRow'];
export type Board = Schemas['Board'];

export type ServicePoint = Schemas['ServicePointRead'];
export type Team = Schemas['TeamRead'];
export type TeamWrite = Schemas['TeamCreate'];
export type TeamMember = Schemas['MemberRead'];
export type TeamCamp = Schemas['TeamCamp'];
export type TeamDetail = Schemas['TeamDetail'];

export type Camp = Schemas['CampRead'];
export type CampWrite = Schemas['CampCreate'];
export type ChildProgress = Schemas['ChildProgress'];
export type CampDetail = Schemas['CampDetail'];

export type ChildSummary = Schemas['ChildSummary'];
export type Child = Schemas['ChildRead'];
export type ChildWrite = Schemas['ChildWrite'];
export type TenOneRecord = Schemas['TenOneRead'];
export type AccessEntry = Schemas['AccessRead'];
export type RetentionRun = Schemas['RetentionRunRead'];

export type Visit = Schemas['VisitRead'];
export type VisitReference = Schemas['Reference'];

export type Host = Schemas['HostRead'];
export type HostWrite = Schemas['HostCreate'];
export type Position = Schemas['PositionRead'];
export type PositionWrite = Schemas['PositionCreate'];
export type Placement = Schemas['PlacementRead'];
export type PlacementWrite = Schemas['PlacementCreate'];
export type Profile = Schemas['ProfileRead'];

export type HoursEntry = Schemas['HoursEntryRead'];
export type AdjustmentWrite = Schemas['AdjustmentCreate'];

export type StatsFigure = Schemas['Figure'];

export type VolunteerStats = Schemas['VolunteerStats'];
/** A year's figures for one kind of activity (summer camps, service teams). */
export type YearFigures = Schemas['YearFigures'];
