import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { CreatedVacanciesReader } from '../application/created-vacancies.reader';
import { CreatedVacancy } from '../application/created-vacancy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Who created a vacancy is what the audit log recorded for its createVacancy: the vacancy row itself does not say.
const CREATED_BY = `
  SELECT v.id, v.department_code, v.title, v.description, v.grade, v.profession, v.posts, v.fte_per_post, v.status,
         v.version, a.occurred_at
  FROM audit_log a JOIN vacancy v ON v.id::text = a.record_id
  WHERE a.actor_person_id = $1 AND a.action = 'MUTATION' AND a.operation = 'Mutation.createVacancy'
  ORDER BY a.occurred_at DESC, a.id DESC`;

interface Row {
  id: string;
  department_code: string;
  title: string;
  description: string;
  grade: string;
  profession: string;
  posts: number;
  fte_per_post: string;
  status: string;
  version: number;
  occurred_at: Date;
}

@Injectable()
export class TypeOrmCreatedVacanciesReader extends CreatedVacanciesReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async createdBy(personId: string): Promise<CreatedVacancy[]> {
    if (!UUID.test(personId)) return [];
    const rows: Row[] = await this.transactions.readManager().query(CREATED_BY, [personId]);
    return rows.map((row) => ({
      id: row.id,
      departmentCode: row.department_code,
      title: row.title,
      description: row.description,
      grade: row.grade,
      profession: row.profession,
      posts: row.posts,
      // numeric arrives as text; hundredths are exact in a JS number.
      ftePerPost: Number(row.fte_per_post),
      status: row.status,
      version: row.version,
      createdAt: row.occurred_at.toISOString(),
    }));
  }
}
