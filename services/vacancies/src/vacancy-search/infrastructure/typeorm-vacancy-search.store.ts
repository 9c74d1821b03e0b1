import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import {
  VacancyOrder,
  VacancySearchCriteria,
  VacancySearchPosition,
} from '../application/vacancy-search.criteria';
import { VacancySearchContext, VacancySearchStore } from '../application/vacancy-search.store';
import { SqlQuery, vacancySearchCount, vacancySearchPage } from './vacancy-search.sql';

@Injectable()
export class TypeOrmVacancySearchStore extends VacancySearchStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  private run<T>({ text, values }: SqlQuery): Promise<T[]> {
    return this.transactions.readManager().query(text, values);
  }

  page(
    criteria: VacancySearchCriteria,
    { scope, today }: VacancySearchContext,
    order: VacancyOrder,
    limit: number,
    after?: VacancySearchPosition,
  ): Promise<VacancySearchPosition[]> {
    return this.run<VacancySearchPosition>(vacancySearchPage(criteria, scope, today, order, limit, after));
  }

  async count(criteria: VacancySearchCriteria, { scope, today }: VacancySearchContext): Promise<number> {
    const [row] = await this.run<{ total: number }>(vacancySearchCount(criteria, scope, today));
    return row.total;
  }
}
