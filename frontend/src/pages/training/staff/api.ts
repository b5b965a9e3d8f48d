import { trainingApi } from '@/api/client';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf } from '@/domain/enums';
import { saveDownload } from '@/export/download';
import type {
  AttendanceSheet,
  Certificate,
  CheckInCode,
  Lecturer,
  LecturerCreate,
  Mark,
  SessionCreate,
  Trainee,
  TraineeCreate,
} from './contract';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const path = (session_id: string) => ({ path: { session_id } });

// Sessions
export const sessionKey = (id: string) => ['training', 'session', id] as const;

export const fetchSession = (id: string, signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/sessions/{session_id}', { params: path(id), signal }));

export const createSession = (body: SessionCreate) => unwrap(trainingApi.POST('/api/v1/training/sessions', { body }));

/** Every session starting between two dates (the calendar's month; at most 200, the API's page). */
export const fetchSessionsBetween = (from: string, to: string, signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/sessions', { params: { query: { from, to, limit: 200 } }, signal }));

export const changeCapacity = (id: string, capacity: number) =>
  unwrap(
    trainingApi.PATCH('/api/v1/training/sessions/{session_id}/capacity', { params: path(id), body: { capacity } }),
  );

// Enrolments
export const enrolmentsKey = (sessionId: string) => ['training', 'session', sessionId, 'enrolments'] as const;

export const fetchEnrolments = (sessionId: string, limit: number, offset: number, signal?: AbortSignal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/sessions/{session_id}/enrolments', {
      params: { ...path(sessionId), query: { limit, offset } },
      signal,
    }),
  );

export const enrol = (sessionId: string, traineeId: string) =>
  unwrap(
    trainingApi.POST('/api/v1/training/sessions/{session_id}/enrolments', {
      params: path(sessionId),
      body: { trainee_id: traineeId },
    }),
  );

export const cancelEnrolment = (id: string, reason?: string) =>
  unwrap(
    trainingApi.POST('/api/v1/training/enrolments/{enrolment_id}/cancel', {
      params: { path: { enrolment_id: id } },
      body: { reason },
    }),
  );

export const fetchEnrolmentHistory = (id: string, signal?: AbortSignal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/enrolments/{enrolment_id}/history', {
      params: { path: { enrolment_id: id } },
      signal,
    }),
  );

export const downloadRoster = (sessionId: string, fallbackName: string) =>
  saveDownload(
    trainingApi.GET('/api/v1/training/sessions/{session_id}/enrolments/export', {
      params: path(sessionId),
      parseAs: 'blob',
    }),
    fallbackName,
  );

// Attendance, check-in, completion, feedback
export const attendanceKey = (sessionId: string) => ['training', 'session', sessionId, 'attendance'] as const;

export const fetchAttendance = (sessionId: string, signal?: AbortSignal): Promise<AttendanceSheet> =>
  unwrap(trainingApi.GET('/api/v1/training/sessions/{session_id}/attendance', { params: path(sessionId), signal }));

export const saveAttendance = (sessionId: string, marks: Mark[]) =>
  unwrap(
    trainingApi.PUT('/api/v1/training/sessions/{session_id}/attendance', { params: path(sessionId), body: { marks } }),
  );

export const fetchCheckInCode = (sessionId: string, signal?: AbortSignal): Promise<CheckInCode> =>
  unwrap(trainingApi.GET('/api/v1/training/sessions/{session_id}/check-in-code', { params: path(sessionId), signal }));

export const completeSession = (sessionId: string) =>
  unwrap(trainingApi.POST('/api/v1/training/sessions/{session_id}/complete', { params: path(sessionId) }));

export const fetchSessionFeedback = (sessionId: string, signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/sessions/{session_id}/feedback', { params: path(sessionId), signal }));

// Trainees
export const traineesKey = ['training', 'trainees'] as const;

export const fetchTrainees: ListFetch<Trainee> = ({ limit, offset, filters }, signal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/trainees', {
      params: {
        query: {
          limit,
          offset,
          q: filters.q,
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          poor_household: filters.poor_household === 'yes' ? true : filters.poor_household === 'no' ? false : undefined,
        },
      },
      signal,
    }),
  );

/** The trainees a search finds, for a picker (first 20). */
export const searchTrainees = (q: string, signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/trainees', { params: { query: { q: q || undefined, limit: 20 } }, signal }));

export const createTrainee = (body: TraineeCreate) => unwrap(trainingApi.POST('/api/v1/training/trainees', { body }));

export const downloadImportTemplate = (fallbackName: string) =>
  saveDownload(trainingApi.GET('/api/v1/training/trainees/import-template', { parseAs: 'blob' }), fallbackName);

/** The file goes as the request body itself (the raw .xlsx the contract asks for), not as a multipart form:
 * the generated type calls that body a string, the serializer hands the browser the file as it is. */
const rawXlsx = (file: Blob) => ({
  body: file as unknown as string,
  bodySerializer: () => file,
  headers: { 'Content-Type': XLSX },
});

export const previewImport = (file: Blob) =>
  unwrap(trainingApi.POST('/api/v1/training/trainees/import-preview', rawXlsx(file)));

export const startImport = (file: File) =>
  unwrap(
    trainingApi.POST('/api/v1/training/trainees/imports', {
      ...rawXlsx(file),
      params: { header: { 'x-filename': encodeURIComponent(file.name) } },
    }),
  );

export const fetchImport = (id: string, signal?: AbortSignal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/trainees/imports/{import_id}', { params: { path: { import_id: id } }, signal }),
  );

// Lecturers
export const lecturersKey = ['training', 'lecturers'] as const;

export const fetchLecturers: ListFetch<Lecturer> = ({ limit, offset }, signal) =>
  unwrap(trainingApi.GET('/api/v1/training/lecturers', { params: { query: { limit, offset } }, signal }));

export const createLecturer = (body: LecturerCreate) =>
  unwrap(trainingApi.POST('/api/v1/training/lecturers', { body }));

export const fetchLecturerFeedback = (signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/feedback/lecturers', { signal }));

// Certificates
export const certificatesKey = ['training', 'certificates'] as const;

export const fetchCertificates: ListFetch<Certificate> = ({ limit, offset, filters }, signal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/certificates', {
      params: { query: { limit, offset, q: filters.q, session_id: filters.session_id } },
      signal,
    }),
  );

export const downloadCertificate = (number: string) =>
  saveDownload(
    trainingApi.GET('/api/v1/training/certificates/{number}/pdf', { params: { path: { number } }, parseAs: 'blob' }),
    `${number}.pdf`,
  );

// Statistics
export const trainingStatsKey = ['training', 'stats'] as const;

export const fetchTrainingStats = (signal?: AbortSignal) =>
  unwrap(trainingApi.GET('/api/v1/training/stats', { signal }));
