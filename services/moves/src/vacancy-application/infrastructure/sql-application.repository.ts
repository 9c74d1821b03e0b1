import { ConflictError, TypeOrmTransactionRunner, uniqueViolationConstraint } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { Application, ApplicationSnapshot, ApplicationStatus } from '../domain/application.aggregate';
import { ApplicationRepository } from '../domain/application.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const APPLICATION_COLUMNS = `id, person_id, vacancy_id, home_department_code, host_department_code, kind, statement,
  status, feedback, move_id, submitted_at, version`;

export interface ApplicationRow {
  id: string;
  person_id: string;
  vacancy_id: string;
  home_department_code: string;
  host_department_code: string;
  kind: string;
  statement: string;
  status: string;
  feedback: string | null;
  move_id: string | null;
  submitted_at: Date;
  version: number;
}

export function toApplicationSnapshot(row: ApplicationRow): ApplicationSnapshot {
  return {
    id: row.id,
    personId: row.person_id,
    vacancyId: row.vacancy_id,
    homeDepartmentCode: row.home_department_code,
    hostDepartmentCode: row.host_department_code,
    kind: row.kind,
    statement: row.statement,
    status: row.status as ApplicationStatus,
    feedback: row.feedback ?? undefined,
    moveId: row.move_id ?? undefined,
    submittedAt: row.submitted_at,
    version: row.version,
  };
}

@Injectable()
export class SqlApplicationRepository extends ApplicationRepository {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async add(application: Application): Promise<void> {
    const a = application.snapshot();
    try {
      await this.transactions.manager().query(
        `INSERT INTO vacancy_application (${APPLICATION_COLUMNS}, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $11)`,
        [
          a.id,
          a.personId,
          a.vacancyId,
          a.homeDepartmentCode,
          a.hostDepartmentCode,
          a.kind,
          a.statement,
          a.status,
          a.feedback ?? null,
          a.moveId ?? null,
          a.submittedAt,
          a.version,
        ],
      );
    } catch (error) {
      if (uniqueViolationConstraint(error) === 'vacancy_application_live_key')
        throw new ConflictError(
          'You have already applied for this vacancy',
          'APPLICATION.ALREADY_APPLIED',
          'vacancyId',
        );
      throw error;
    }
  }

  async save(application: Application, loadedVersion: number): Promise<void> {
    const a = application.snapshot();
    const [, affected] = (await this.transactions.manager().query(
      `UPDATE vacancy_application SET status = $2, feedback = $3, move_id = $4, version = $5, updated_at = now()
       WHERE id = $1 AND version = $6`,
      [a.id, a.status, a.feedback ?? null, a.moveId ?? null, a.version, loadedVersion],
    )) as [unknown, number];
    if (affected !== 1)
      throw new ConflictError(
        `Application ${a.id} was changed by someone else since version ${loadedVersion}; reload and retry`,
        'APPLICATION.VERSION_CONFLICT',
        'expectedVersion',
      );
  }

  async findById(id: string, options: { lock?: boolean } = {}): Promise<Application | null> {
    if (!UUID.test(id)) return null;
    const manager = options.lock ? this.transactions.manager() : this.transactions.readManager();
    const rows: ApplicationRow[] = await manager.query(
      `SELECT ${APPLICATION_COLUMNS} FROM vacancy_application WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows.length === 0 ? null : Application.restore(toApplicationSnapshot(rows[0]));
  }

  async lockInProgress(vacancyId: string): Promise<Application[]> {
    if (!UUID.test(vacancyId)) return [];
    const rows: ApplicationRow[] = await this.transactions.manager().query(
      `SELECT ${APPLICATION_COLUMNS} FROM vacancy_application
        WHERE vacancy_id = $1 AND status IN ('SUBMITTED', 'SHORTLISTED') ORDER BY id FOR UPDATE`,
      [vacancyId],
    );
    return rows.map((row) => Application.restore(toApplicationSnapshot(row)));
  }
}
