import { uuidv7 } from '@civil/contracts';
import type { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Vacancy, VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyRepository } from '../../domain/vacancy.repository';
import { VacancyEventsPublisher } from '../integration-events/vacancy-events.publisher';
import { CreateVacancyCommand } from './create-vacancy.command';

@Injectable()
export class CreateVacancyHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vacancies: VacancyRepository,
    private readonly events: VacancyEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The draft vacancy and its VacancyCreated outbox row commit together, or neither does. */
  execute(command: CreateVacancyCommand): Promise<VacancySnapshot> {
    return this.transactions.run(async () => {
      const now = this.clock.now();
      const vacancy = Vacancy.create(uuidv7(now.getTime()), command.vacancy, now);
      await this.vacancies.add(vacancy);
      await this.events.publish(vacancy.pullEvents(), command.traceId);
      return vacancy.snapshot();
    });
  }
}
