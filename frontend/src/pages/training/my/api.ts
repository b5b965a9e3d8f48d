import { trainingApi } from '@/api/client';
import type { CountyCode } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import { saveDownload } from '@/export/download';
import type { FeedbackIn, Trainee, TraineeIn } from './types';

export const myTrainingKey = ['training', 'my'] as const;
export const traineeKey = [...myTrainingKey, 'trainee'] as const;
export const nearbyKey = [...myTrainingKey, 'nearby'] as const;
export const myEnrolmentsKey = [...myTrainingKey, 'enrolments'] as const;
export const notificationsKey = [...myTrainingKey, 'notifications'] as const;
export const myCertificatesKey = [...myTrainingKey, 'certificates'] as const;

/** The trainee's own record, or null when they have not saved one yet (404). */
export async function fetchMyTrainee(signal?: AbortSignal): Promise<Trainee | null> {
  const call = trainingApi.GET('/api/v1/training/trainees/me', { signal });
  if ((await call).response.status === 404) return null;
  return unwrap(call);
}

export const saveMyTrainee = (body: TraineeIn) => unwrap(trainingApi.PUT('/api/v1/training/trainees/me', { body }));

/** Sessions still to come, the trainee's county first. */
export const fetchNearbySessions = (countyFirst: string | undefined, limit: number, signal?: AbortSignal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/sessions', {
      params: { query: { upcoming: true, county_first: countyFirst as CountyCode | undefined, limit, offset: 0 } },
      signal,
    }),
  );

export const enrol = (sessionId: string) =>
  unwrap(
    trainingApi.POST('/api/v1/training/sessions/{session_id}/enrolments', {
      params: { path: { session_id: sessionId } },
      body: {},
    }),
  );

export const fetchMyEnrolments = (signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/enrolments/me', { params: { query: { limit: 100 } }, signal }));

export const cancelEnrolment = (enrolmentId: string) =>
  unwrap(
    trainingApi.POST('/api/v1/training/enrolments/{enrolment_id}/cancel', {
      params: { path: { enrolment_id: enrolmentId } },
      body: {},
    }),
  );

export const fetchEnrolmentHistory = (enrolmentId: string, signal?: AbortSignal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/enrolments/{enrolment_id}/history', {
      params: { path: { enrolment_id: enrolmentId } },
      signal,
    }),
  );

export const giveFeedback = (enrolmentId: string, body: FeedbackIn) =>
  unwrap(
    trainingApi.POST('/api/v1/training/enrolments/{enrolment_id}/feedback', {
      params: { path: { enrolment_id: enrolmentId } },
      body,
    }),
  );

export const fetchMyNotifications = (signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/notifications/me', { params: { query: { limit: 20 } }, signal }));

/** Marks the trainee's notices read: those on screen keep their 未读 mark until the next visit. */
export const markNotificationsRead = () => unwrap(trainingApi.POST('/api/v1/training/notifications/me/read'));

export const checkIn = (sessionId: string, code: string) =>
  unwrap(
    trainingApi.POST('/api/v1/training/sessions/{session_id}/check-in', {
      params: { path: { session_id: sessionId } },
      body: { code },
    }),
  );

export const fetchMyCertificates = (signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/certificates', { params: { query: { limit: 100 } }, signal }));

/** The certificate's PDF, fetched with the token and saved as a file. */
export const downloadCertificate = (number: string): Promise<void> =>
  saveDownload(
    trainingApi.GET('/api/v1/training/certificates/{number}/pdf', { params: { path: { number } }, parseAs: 'blob' }),
    `${number}.pdf`,
  );

/** The public check of a certificate: the client sends no token on this path. */
export const fetchPublicCertificate = (number: string, signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/certificates/{number}', { params: { path: { number } }, signal }));

/** The address of a certificate's public check, to share. */
export const verifyUrl = (number: string, origin = window.location.origin): string =>
  `${origin}/verify/${encodeURIComponent(number)}`;
