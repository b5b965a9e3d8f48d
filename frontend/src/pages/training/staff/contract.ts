// The training API's types for the staff console, named after the generated OpenAPI schemas
// (`npm run gen:api`; never written by hand).
import type { components } from '@/api/generated/training';

type Schemas = components['schemas'];

export type TrainingSession = Schemas['TrainingSessionRead'];
export type SessionCreate = Schemas['TrainingSessionCreate'];
export type SessionMode = Schemas['SessionMode'];
export type TargetGroup = Schemas['TargetGroup'];
export type EnrolmentStatus = Schemas['EnrolmentStatus'];
export type AttendanceStatus = Schemas['AttendanceStatus'];
export type AttendanceSheet = Schemas['AttendanceSheet'];
export type Mark = Schemas['Mark'];
export type CheckInCode = Schemas['CheckInCode'];
export type TraineeGroup = Schemas['TraineeGroup'];
export type Trainee = Schemas['TraineeRead'];
export type TraineeCreate = Schemas['TraineeCreate'];
export type ImportPreview = Schemas['ImportPreview'];
export type ImportPreviewRow = Schemas['ImportRow'];
export type ImportJob = Schemas['TraineeImportRead'];
export type Enrolment = Schemas['EnrolmentRead'];
export type EnrolmentEvent = Schemas['EventRead'];
export type Lecturer = Schemas['LecturerRead'];
export type LecturerCreate = Schemas['LecturerCreate'];
export type LecturerFeedback = Schemas['LecturerFeedback'];
export type SessionFeedback = Schemas['SessionFeedback'];
export type Certificate = Schemas['CertificateRead'];
export type Completion = Schemas['CompletionReport'];
export type TrainingStats = Schemas['TrainingStats'];
export type StatsFigure = Schemas['Figure'];
