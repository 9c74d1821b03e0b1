import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { CreatedVacanciesReader } from '../application/created-vacancies.reader';
import { CreatedVacancy } from '../application/created-vacancy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The creator's person id is kept on the vacancy (created_by), set by createVacancy.
const CREATED_BY = `
  SELECT id, department_code, title, description, grade, profession, posts, fte_per_post, status, version, created_at
  FROM vacancy
  WHERE created_by = $1
  ORDER BY created_at DESC, id DESC`;

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
  created_at: Date;
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
      createdAt: row.created_at.toISOString(),
    }));
  }
}
