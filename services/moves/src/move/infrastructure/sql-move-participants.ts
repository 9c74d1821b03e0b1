import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MoveParticipants, PersonForMove, VacancyForMove } from '../application/move-participants';

interface PersonRow {
  person_id: string;
  department_code: string;
  grade: string;
  status: string;
  security_clearance: string | null;
  minimum_term_ends_on: string | null;
  specialist_track: PersonForMove['specialistTrack'] | null;
}

interface VacancyRow {
  vacancy_id: string;
  department_code: string;
  grade: string;
  profession: string;
  specialism: string | null;
  status: string;
  move_kinds: string[];
  visibility: string;
  closing_date: string | null;
  clearance_required: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * People and vacancies as moves knows them, from the read models its inbox keeps. Tenure (minimum term, track) is
 * read when the read model has it; until then a person is never held (the hold needs people's dates).
 */
@Injectable()
export class SqlMoveParticipants extends MoveParticipants {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async person(personId: string): Promise<PersonForMove | null> {
    if (!UUID.test(personId)) return null;
    const [row]: PersonRow[] = await this.transactions.readManager().query(
      `SELECT person_id, department_code, grade, status, security_clearance, minimum_term_ends_on::text,
              specialist_track
         FROM person_read_model WHERE person_id = $1`,
      [personId],
    );
    if (!row) return null;
    return {
      personId: row.person_id,
      departmentCode: row.department_code,
      grade: row.grade,
      status: row.status,
      securityClearance: row.security_clearance ?? undefined,
      minimumTermEndsOn: row.minimum_term_ends_on ?? undefined,
      specialistTrack: row.specialist_track ?? undefined,
    };
  }

  async vacancy(vacancyId: string): Promise<VacancyForMove | null> {
    if (!UUID.test(vacancyId)) return null;
    const [row]: VacancyRow[] = await this.transactions.readManager().query(
      `SELECT vacancy_id, department_code, grade, profession, specialism, status, move_kinds, visibility,
              closing_date::text, clearance_required
         FROM vacancy_read_model WHERE vacancy_id = $1`,
      [vacancyId],
    );
    if (!row) return null;
    return {
      vacancyId: row.vacancy_id,
      departmentCode: row.department_code,
      grade: row.grade,
      profession: row.profession,
      specialism: row.specialism ?? undefined,
      status: row.status,
      moveKinds: row.move_kinds,
      visibility: row.visibility,
      closingDate: row.closing_date ?? undefined,
      clearanceRequired: row.clearance_required ?? undefined,
    };
  }
}
