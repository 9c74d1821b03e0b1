import { uuidv7 } from '@civil/contracts';
import type { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { KnownDepartments } from '../../../department/application/known-departments';
import { Vacancy, VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyRuleViolation } from '../../domain/vacancy.errors';
import { VacancyRepository } from '../../domain/vacancy.repository';
import { CreateVacancyCommand } from './create-vacancy.command';

/** Drafts a vacancy in a department vacancies knows. A draft is nobody's business yet: no event until it is published. */
@Injectable()
export class CreateVacancyHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vacancies: VacancyRepository,
    private readonly departments: KnownDepartments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CreateVacancyCommand): Promise<VacancySnapshot> {
    const { departmentCode } = command.vacancy;
    if (!(await this.departments.has(departmentCode)))
      throw new VacancyRuleViolation(
        'VACANCY.UNKNOWN_DEPARTMENT',
        'departmentCode',
        `${departmentCode} is not a department vacancies knows`,
      );
    return this.transactions.run(async () => {
      const now = this.clock.now();
      const vacancy = Vacancy.create(uuidv7(now.getTime()), command.vacancy, command.createdBy ?? null, now);
      await this.vacancies.add(vacancy);
      return vacancy.snapshot();
    });
  }
}
