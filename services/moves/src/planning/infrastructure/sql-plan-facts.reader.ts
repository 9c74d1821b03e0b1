import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PersonAtApproval } from '../domain/approval.rules';
import { PlanConstraints } from '../domain/plan-constraints';
import { ProfessionHeadcount } from '../domain/plan-facts';
import { PlanScope } from '../domain/plan-scope';
import { PlanFactsReader, PlanOpening, PlanPerson } from '../application/plan-facts.reader';
import { LIVE_MOVE_STATUSES, numeric, POST_TAKING_STATUSES } from './plan-sql';
import {
  PersonRow as MatchingPersonRow,
  toMatchPerson,
} from '../../matching/infrastructure/matching-rows';

/** Matching's person columns, with the FTE capacity counts. */
type PersonRow = MatchingPersonRow & { fte: string };

interface VacancyRow {
  vacancy_id: string;
  department_code: string;
  grade: string;
  profession: string;
  fte_per_post: string;
  title: string | null;
  specialism: string | null;
  locations: string[];
  remote_possible: boolean;
  required_skills: { skillCode: string; minimumLevel: string; essential: boolean }[];
  behaviours: string[];
  clearance_required: string | null;
  closing_date: string | null;
  visibility: string;
  places: number;
}

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

/**
 * A plan's facts, one statement each for the whole scope. People are read through the (department, profession,
 * grade) index and the constraints that can be said in SQL are applied there, so that a plan over a profession reads
 * the few who may move rather than everyone; the domain applies the same rules again.
 */
@Injectable()
export class SqlPlanFactsReader extends PlanFactsReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async people(
    scope: PlanScope,
    constraints: PlanConstraints,
    targetDate: string,
    viewerDepartment?: string,
  ): Promise<PlanPerson[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = [
      `p.department_code = ANY(${param([...scope.departments])}) AND p.profession = ANY(${param([...scope.professions])})
         AND p.grade = ANY(${param([...scope.grades])})`,
      `p.status = 'ACTIVE'`,
      `NOT EXISTS (SELECT 1 FROM move m WHERE m.person_id = p.person_id AND m.status = ANY(${param(LIVE_MOVE_STATUSES)}))`,
    ];
    if (constraints.onlyOpenToMove)
      conditions.push(
        `p.open_to_move AND (p.earliest_move_on IS NULL OR p.earliest_move_on <= ${param(targetDate)})`,
      );
    if (!constraints.allowInsideMinimumTerm)
      conditions.push(`(p.minimum_term_ends_on IS NULL OR p.minimum_term_ends_on <= ${param(targetDate)})`);
    if (viewerDepartment !== undefined)
      conditions.push(`(p.department_code = ${param(viewerDepartment)} OR p.share_profile)`);
    const rows: PersonRow[] = await this.transactions.readManager().query(
      `SELECT p.person_id, p.department_code, p.grade, p.profession, p.location, p.fte, p.status,
              p.security_clearance, p.minimum_term_ends_on::text, p.eligible_to_move_from::text,
              p.specialist_track_code, p.specialist_track, p.skills, p.skills_to_develop, p.open_to_move,
              p.share_profile, p.move_kinds_wanted, p.departments_wanted, p.locations_wanted,
              p.earliest_move_on::text
         FROM person_read_model p
        WHERE ${conditions.join(' AND ')}
        ORDER BY p.person_id`,
      params,
    );
    return rows.map(toPerson);
  }

  async vacancies(scope: PlanScope, today: string): Promise<PlanOpening[]> {
    // Advertised to every department (a plan moves people between departments) and open to level transfers.
    const rows: VacancyRow[] = await this.transactions.readManager().query(
      `SELECT v.vacancy_id, v.department_code, v.grade, v.profession, v.fte_per_post, v.title, v.specialism,
              v.locations, v.remote_possible, v.required_skills, v.behaviours, v.clearance_required,
              v.closing_date::text, v.visibility, v.posts - taken.posts AS places
         FROM vacancy_read_model v
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS posts FROM move m WHERE m.vacancy_id = v.vacancy_id AND m.status = ANY($4)
         ) taken
        WHERE v.status = 'OPEN' AND v.department_code = ANY($1) AND v.profession = ANY($2) AND v.grade = ANY($3)
          AND 'LEVEL_TRANSFER' = ANY(v.move_kinds) AND v.visibility = 'ALL_DEPARTMENTS'
          AND (v.closing_date IS NULL OR v.closing_date >= $5)
          AND v.posts > taken.posts
        ORDER BY v.vacancy_id`,
      [[...scope.departments], [...scope.professions], [...scope.grades], POST_TAKING_STATUSES, today],
    );
    return rows.map(toOpening);
  }

  async headcounts(scope: PlanScope): Promise<ProfessionHeadcount[]> {
    const rows: { department_code: string; profession: string; people: number }[] = await this.transactions
      .readManager()
      .query(
        `SELECT department_code, profession, count(*)::int AS people
           FROM person_read_model
          WHERE department_code = ANY($1) AND profession = ANY($2) AND status = 'ACTIVE'
          GROUP BY department_code, profession`,
        [[...scope.departments], [...scope.professions]],
      );
    return rows.map((row) => ({
      departmentCode: row.department_code,
      profession: row.profession,
      people: row.people,
    }));
  }

  async atApproval(personIds: readonly string[], vacancyIds: readonly string[]) {
    const manager = this.transactions.readManager();
    const people: (Omit<PersonAtApproval, 'departmentCode' | 'onLiveMove'> & {
      person_id: string;
      department_code: string;
      on_live_move: boolean;
    })[] = await manager.query(
      `SELECT p.person_id, p.department_code, p.profession, p.grade, p.status,
              EXISTS (SELECT 1 FROM move m WHERE m.person_id = p.person_id AND m.status = ANY($2)) AS on_live_move
         FROM person_read_model p WHERE p.person_id = ANY($1::uuid[])`,
      [[...personIds], LIVE_MOVE_STATUSES],
    );
    const vacancies: { vacancy_id: string; status: string }[] = await manager.query(
      `SELECT vacancy_id, status FROM vacancy_read_model WHERE vacancy_id = ANY($1::uuid[])`,
      [[...vacancyIds]],
    );
    return {
      people: new Map(
        people.map((row) => [
          row.person_id,
          {
            departmentCode: row.department_code,
            profession: row.profession,
            grade: row.grade,
            status: row.status,
            onLiveMove: row.on_live_move,
          },
        ]),
      ),
      vacancyStatuses: new Map(vacancies.map((row) => [row.vacancy_id, row.status])),
    };
  }
}

function toPerson(row: PersonRow): PlanPerson {
  // The query keeps out anyone on a live move.
  return { ...toMatchPerson(row), fte: numeric(row.fte), onLiveMove: false };
}

function toOpening(row: VacancyRow): PlanOpening {
  return {
    opportunityId: row.vacancy_id,
    source: 'VACANCY',
    departmentCode: row.department_code,
    grade: row.grade,
    profession: row.profession,
    places: row.places,
    ftePerPost: numeric(row.fte_per_post),
    // What a plan offers: a level transfer, whatever else the vacancy also takes.
    moveKinds: ['LEVEL_TRANSFER'],
    title: row.title ?? '',
    specialism: orUndefined(row.specialism),
    locations: row.locations,
    remotePossible: row.remote_possible,
    requiredSkills: row.required_skills,
    behaviours: row.behaviours,
    clearanceRequired: orUndefined(row.clearance_required),
    closingDate: orUndefined(row.closing_date),
    visibility: row.visibility,
  };
}
