import type { components } from '@/api/generated/training';

// The phone pages' shapes, named after the training service's schemas.
type Schemas = components['schemas'];

export type TrainingSessionRead = Schemas['TrainingSessionRead'];
export type TargetGroup = Schemas['TargetGroup'];
export type CheckInRead = Schemas['CheckInRead'];
export type Trainee = Schemas['TraineeRead'];
export type TraineeIn = Schemas['TraineeCreate'];
export type TraineeGroup = Schemas['TraineeGroup'];
export type Enrolment = Schemas['EnrolmentRead'];
export type EnrolmentStatus = Schemas['EnrolmentStatus'];
/** One of the trainee's own enrolments, with what the phone shows of its session. */
export type MyEnrolment = Schemas['MyEnrolment'];
export type HistoryEntry = Schemas['EventRead'];
export type TraineeNotification = Schemas['NotificationRead'];
export type FeedbackIn = Schemas['FeedbackIn'];
export type Certificate = Schemas['CertificateRead'];
/** What anyone holding a certificate's number may check; the name is masked (张*明). */
export type PublicCertificate = Schemas['PublicCertificate'];

export const TRAINEE_GROUPS = [
  'homestay_owner',
  'ecommerce_youth',
  'entrepreneur',
] as const satisfies readonly TraineeGroup[];
