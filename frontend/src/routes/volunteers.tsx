import type { RouteObject } from 'react-router';
import { page } from './page';

/** The pages of volunteers: the staff console and the student on the phone. */
export const volunteersRoutes: RouteObject[] = [
  page(
    'volunteerBoard',
    { path: 'volunteers/activities/:id/board' },
    () => import('@/pages/volunteers/staff/BoardPage'),
    (m) => m.BoardPage,
  ),
  page(
    'volunteerTeams',
    { path: 'volunteers/teams' },
    () => import('@/pages/volunteers/staff/TeamsPage'),
    (m) => m.TeamsPage,
  ),
  page(
    'volunteerTeams',
    { path: 'volunteers/teams/:id' },
    () => import('@/pages/volunteers/staff/TeamPage'),
    (m) => m.TeamPage,
  ),
  page(
    'volunteerCamps',
    { path: 'volunteers/camps' },
    () => import('@/pages/volunteers/staff/CampsPage'),
    (m) => m.CampsPage,
  ),
  page(
    'volunteerCamps',
    { path: 'volunteers/camps/:id' },
    () => import('@/pages/volunteers/staff/CampPage'),
    (m) => m.CampPage,
  ),
  page(
    'volunteerChildren',
    { path: 'volunteers/children' },
    () => import('@/pages/volunteers/staff/ChildrenPage'),
    (m) => m.ChildrenPage,
  ),
  page(
    'volunteerChildren',
    { path: 'volunteers/children/:id' },
    () => import('@/pages/volunteers/staff/ChildPage'),
    (m) => m.ChildPage,
  ),
  page(
    'volunteerVisits',
    { path: 'volunteers/visits' },
    () => import('@/pages/volunteers/staff/VisitsPage'),
    (m) => m.VisitsPage,
  ),
  page(
    'internships',
    { path: 'volunteers/internships' },
    () => import('@/pages/volunteers/staff/InternshipsPage'),
    (m) => m.InternshipsPage,
  ),
  page(
    'volunteerHours',
    { path: 'volunteers/hours' },
    () => import('@/pages/volunteers/staff/HoursPage'),
    (m) => m.HoursPage,
  ),
  page(
    'volunteerStats',
    { path: 'volunteers/stats' },
    () => import('@/pages/volunteers/staff/StatsPage'),
    (m) => m.VolunteerStatsPage,
  ),
  page(
    'activities',
    { path: 'volunteers/activities' },
    () => import('@/pages/volunteers/ActivitiesPage'),
    (m) => m.ActivitiesPage,
  ),
  page(
    'myVolunteering',
    { path: 'volunteers/my' },
    () => import('@/pages/volunteers/my/MyVolunteeringPage'),
    (m) => m.MyVolunteeringPage,
  ),
  page(
    'myVolunteering',
    { path: 'volunteers/my/profile' },
    () => import('@/pages/volunteers/my/ProfilePage'),
    (m) => m.ProfilePage,
  ),
  page(
    'myTeam',
    { path: 'volunteers/my/team' },
    () => import('@/pages/volunteers/my/MyTeamPage'),
    (m) => m.MyTeamPage,
  ),
  page(
    'myTeam',
    { path: 'volunteers/my/children/:id' },
    () => import('@/pages/volunteers/my/ChildPage'),
    (m) => m.ChildPage,
  ),
  page(
    'myHours',
    { path: 'volunteers/my/hours' },
    () => import('@/pages/volunteers/my/HoursPage'),
    (m) => m.HoursPage,
  ),
  page(
    'myHours',
    { path: 'volunteers/my/check-in' },
    () => import('@/pages/volunteers/my/CheckInPage'),
    (m) => m.CheckInPage,
  ),
];
