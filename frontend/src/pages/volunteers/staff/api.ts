import { volunteersApi } from '@/api/client';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import type { BoardDecision } from './enums';
import type { ActivityWrite, Camp, CampWrite, Team, TeamWrite } from './types';

const V = '/api/v1/volunteers';
const year = (value: string | undefined) => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);

// Activities: staff create one (the list itself is ../api.ts).
export const createActivity = (body: ActivityWrite) => unwrap(volunteersApi.POST(`${V}/activities`, { body }));

// Recruitment board
export const boardKey = (activityId: string) => ['volunteers', 'board', activityId] as const;

export const fetchBoard = (activityId: string, signal?: AbortSignal) =>
  unwrap(
    volunteersApi.GET(`${V}/activities/{activity_id}/board`, { params: { path: { activity_id: activityId } }, signal }),
  );

export const setInterviewScore = (applicationId: string, score: number) =>
  unwrap(
    volunteersApi.PUT(`${V}/applications/{application_id}/interview`, {
      params: { path: { application_id: applicationId } },
      body: { interview_score: score },
    }),
  );

export const decide = (applicationId: string, action: BoardDecision, reason?: string) =>
  unwrap(
    volunteersApi.POST(`${V}/applications/{application_id}/${action}`, {
      params: { path: { application_id: applicationId } },
      body: { reason: reason || null },
    }),
  );

/** The accepted applications of an activity, for adding members to a team. */
export const fetchAccepted = async (activityId: string, signal?: AbortSignal) =>
  (await fetchBoard(activityId, signal)).items.filter((row) => row.status === 'accepted');

// Service points and teams
export const servicePointsKey = ['volunteers', 'service-points'] as const;

export const fetchServicePoints = (signal?: AbortSignal) =>
  unwrap(volunteersApi.GET(`${V}/service-points`, { signal }));

export const teamsKey = ['volunteers', 'teams'] as const;

export const fetchTeams: ListFetch<Team> = ({ limit, offset, filters }, signal) =>
  unwrap(
    volunteersApi.GET(`${V}/teams`, {
      params: { query: { limit, offset, activity_id: filters.activity_id, year: year(filters.year) } },
      signal,
    }),
  );

export const teamKey = (id: string) => ['volunteers', 'team', id] as const;

const team = (id: string) => ({ path: { team_id: id } });

export const fetchTeam = (id: string, signal?: AbortSignal) =>
  unwrap(volunteersApi.GET(`${V}/teams/{team_id}`, { params: team(id), signal }));

export const createTeam = (body: TeamWrite) => unwrap(volunteersApi.POST(`${V}/teams`, { body }));

export const addMember = (teamId: string, applicationId: string, leader: boolean) =>
  unwrap(
    volunteersApi.POST(`${V}/teams/{team_id}/members`, {
      params: team(teamId),
      body: { application_id: applicationId, leader },
    }),
  );

export const memberLeaves = (teamId: string, memberId: string) =>
  unwrap(
    volunteersApi.POST(`${V}/teams/{team_id}/members/{member_id}/leave`, {
      params: { path: { team_id: teamId, member_id: memberId } },
    }),
  );

export const memberLeads = (teamId: string, memberId: string) =>
  unwrap(
    volunteersApi.POST(`${V}/teams/{team_id}/members/{member_id}/lead`, {
      params: { path: { team_id: teamId, member_id: memberId } },
    }),
  );

export const approvePlan = (teamId: string, note: string) =>
  unwrap(volunteersApi.POST(`${V}/teams/{team_id}/plan/approve`, { params: team(teamId), body: { note } }));

export const returnPlan = (teamId: string, note: string) =>
  unwrap(volunteersApi.POST(`${V}/teams/{team_id}/plan/return`, { params: team(teamId), body: { note } }));

// Camps
export const campsKey = ['volunteers', 'camps'] as const;

export const fetchCamps: ListFetch<Camp> = ({ limit, offset, filters }, signal) =>
  unwrap(
    volunteersApi.GET(`${V}/camps`, {
      params: { query: { limit, offset, team_id: filters.team_id, year: year(filters.year) } },
      signal,
    }),
  );

/** The latest camps (at most 200), for pickers and filters. */
export const fetchCampOptions = (signal?: AbortSignal) =>
  unwrap(volunteersApi.GET(`${V}/camps`, { params: { query: { limit: 200 } }, signal }));

export const campKey = (id: string) => ['volunteers', 'camp', id] as const;

export const fetchCamp = (id: string, signal?: AbortSignal) =>
  unwrap(volunteersApi.GET(`${V}/camps/{camp_id}`, { params: { path: { camp_id: id } }, signal }));

export const createCamp = (body: CampWrite) => unwrap(volunteersApi.POST(`${V}/camps`, { body }));
