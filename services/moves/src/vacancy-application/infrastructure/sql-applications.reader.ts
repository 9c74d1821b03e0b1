import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { ApplicationsReader } from '../application/list-applications/applications.reader';
import { ApplicationSnapshot } from '../domain/application.aggregate';
import { APPLICATION_COLUMNS, ApplicationRow, toApplicationSnapshot } from './sql-application.repository';

@Injectable()
export class SqlApplicationsReader extends ApplicationsReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  ofPerson(personId: string, first: number): Promise<ApplicationSnapshot[]> {
    return this.select(`person_id = $1 ORDER BY submitted_at DESC, id DESC`, personId, first);
  }

  ofVacancy(vacancyId: string, first: number): Promise<ApplicationSnapshot[]> {
    return this.select(`vacancy_id = $1 ORDER BY submitted_at, id`, vacancyId, first);
  }

  private async select(where: string, id: string, first: number): Promise<ApplicationSnapshot[]> {
    const rows: ApplicationRow[] = await this.transactions
      .readManager()
      .query(`SELECT ${APPLICATION_COLUMNS} FROM vacancy_application WHERE ${where} LIMIT $2`, [id, first]);
    return rows.map(toApplicationSnapshot);
  }
}
