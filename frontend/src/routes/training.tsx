import type { RouteObject } from 'react-router';
import { page } from './page';

/** The pages of training: the staff console and the trainee on the phone. */
export const trainingRoutes: RouteObject[] = [
  page(
    'programmes',
    { path: 'training/programmes' },
    () => import('@/pages/training/ProgrammesPage'),
    (m) => m.ProgrammesPage,
  ),
  page(
    'sessions',
    { path: 'training/sessions' },
    () => import('@/pages/training/SessionsPage'),
    (m) => m.SessionsPage,
  ),
  page(
    'session',
    { path: 'training/sessions/:id' },
    () => import('@/pages/training/staff/SessionPage'),
    (m) => m.SessionPage,
  ),
  page(
    'trainees',
    { path: 'training/trainees' },
    () => import('@/pages/training/staff/TraineesPage'),
    (m) => m.TraineesPage,
  ),
  page(
    'certificates',
    { path: 'training/certificates' },
    () => import('@/pages/training/staff/CertificatesPage'),
    (m) => m.CertificatesPage,
  ),
  page(
    'lecturers',
    { path: 'training/lecturers' },
    () => import('@/pages/training/staff/LecturersPage'),
    (m) => m.LecturersPage,
  ),
  page(
    'trainingStats',
    { path: 'training/stats' },
    () => import('@/pages/training/staff/StatsPage'),
    (m) => m.TrainingStatsPage,
  ),
  page(
    'myTraining',
    { path: 'training/my' },
    () => import('@/pages/training/my/NearbySessionsPage'),
    (m) => m.NearbySessionsPage,
  ),
  page(
    'myTraining',
    { path: 'training/my/profile' },
    () => import('@/pages/training/my/TraineeProfilePage'),
    (m) => m.TraineeProfilePage,
  ),
  page(
    'myEnrolments',
    { path: 'training/my/enrolments' },
    () => import('@/pages/training/my/MyEnrolmentsPage'),
    (m) => m.MyEnrolmentsPage,
  ),
  page(
    'myCertificates',
    { path: 'training/my/certificates' },
    () => import('@/pages/training/my/MyCertificatesPage'),
    (m) => m.MyCertificatesPage,
  ),
  page(
    'checkIn',
    { path: 'training/check-in' },
    () => import('@/pages/training/my/CheckInPage'),
    (m) => m.CheckInPage,
  ),
];
