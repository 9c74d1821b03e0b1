import { DepartmentCapacityEffect } from '../domain/capacity-effect';
import { PlanConstraints } from '../domain/plan-constraints';
import { PlanScope } from '../domain/plan-scope';
import {
  PlanActor,
  PlanMove,
  PlanStatistics,
  PlanStatus,
  ReallocationPlanSnapshot,
} from '../domain/reallocation-plan.aggregate';
import { numeric } from './plan-sql';

export const PLAN_COLUMNS = `id, status, scope, target_date::text, constraints, planning_department_code, created_by,
  created_at, approved_by, approved_at, total_score, statistics, version`;

export interface PlanRow {
  id: string;
  status: PlanStatus;
  scope: PlanScope;
  target_date: string;
  constraints: PlanConstraints;
  planning_department_code: string | null;
  created_by: PlanActor;
  created_at: Date;
  approved_by: PlanActor | null;
  approved_at: Date | null;
  total_score: string;
  statistics: PlanStatistics;
  version: number;
}

export const MOVE_COLUMNS = `plan_id, position, person_id, home_department_code, host_department_code, profession,
  grade, fte, starts_on::text, vacancy_id, gap, fte_per_post, score, explanation, outcome, move_id, skip_reason`;

export interface PlanMoveRow {
  plan_id: string;
  position: number;
  person_id: string;
  home_department_code: string;
  host_department_code: string;
  profession: string;
  grade: string;
  fte: string;
  starts_on: string;
  vacancy_id: string | null;
  gap: string | null;
  fte_per_post: string | null;
  score: string;
  explanation: unknown;
  outcome: 'PROPOSED' | 'SKIPPED' | null;
  move_id: string | null;
  skip_reason: string | null;
}

export function toSummary(row: PlanRow): Omit<ReallocationPlanSnapshot<unknown>, 'moves' | 'capacity'> {
  return {
    id: row.id,
    status: row.status,
    scope: row.scope,
    targetDate: row.target_date,
    constraints: row.constraints,
    ...(row.planning_department_code !== null && { planningDepartmentCode: row.planning_department_code }),
    createdBy: row.created_by,
    createdAt: row.created_at,
    ...(row.approved_by !== null && { approvedBy: row.approved_by }),
    ...(row.approved_at !== null && { approvedAt: row.approved_at }),
    totalScore: numeric(row.total_score),
    statistics: row.statistics,
    version: row.version,
  };
}

export function toPlanMove(row: PlanMoveRow): PlanMove<unknown> {
  const result =
    row.outcome === 'PROPOSED'
      ? { outcome: 'PROPOSED' as const, moveId: row.move_id! }
      : row.outcome === 'SKIPPED'
        ? { outcome: 'SKIPPED' as const, reason: row.skip_reason as never }
        : undefined;
  return {
    personId: row.person_id,
    homeDepartmentCode: row.home_department_code,
    hostDepartmentCode: row.host_department_code,
    profession: row.profession,
    grade: row.grade,
    fte: numeric(row.fte),
    kind: 'LEVEL_TRANSFER',
    startsOn: row.starts_on,
    opportunityId: row.vacancy_id ?? row.gap!,
    source: row.vacancy_id !== null ? 'VACANCY' : 'GAP',
    ...(row.fte_per_post !== null && { ftePerPost: numeric(row.fte_per_post) }),
    score: numeric(row.score),
    explanation: row.explanation,
    ...(result && { result }),
  };
}

export const capacityOf = (value: unknown) => value as DepartmentCapacityEffect[];
