import {
  IntegrationEvent,
  PersonRegistered,
  PersonRegisteredV1,
  VacancyCreated,
  VacancyCreatedV1,
} from '@civil/contracts';
import type { EventHandler } from '@civil/messaging';
import { InboxHandlers, TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProjectPersonCommand } from '../person-read-model/application/project-person/project-person.command';
import { ProjectPersonHandler } from '../person-read-model/application/project-person/project-person.handler';
import { ProjectVacancyCommand } from '../vacancy-read-model/application/project-vacancy/project-vacancy.command';
import { ProjectVacancyHandler } from '../vacancy-read-model/application/project-vacancy/project-vacancy.handler';

/**
 * Which integration events moves takes in, translated from the producers' contracts into its own commands. Each
 * runs in the inbox's transaction, so the projection and the inbox row commit together (style rule 7).
 */
@Injectable()
export class MovesInboxHandlers implements InboxHandlers {
  constructor(
    private readonly transactions: TypeOrmTransactionRunner,
    private readonly projectPerson: ProjectPersonHandler,
    private readonly projectVacancy: ProjectVacancyHandler,
  ) {}

  handlers(): Record<string, EventHandler> {
    return {
      [PersonRegistered.type]: (event, manager) => this.personRegistered(event, manager),
      [VacancyCreated.type]: (event, manager) => this.vacancyCreated(event, manager),
    };
  }

  private async personRegistered(
    { data, aggregateversion }: IntegrationEvent<PersonRegisteredV1>,
    manager: EntityManager,
  ) {
    const person = { ...data, version: aggregateversion };
    await this.transactions.join(manager, () => this.projectPerson.execute(new ProjectPersonCommand(person)));
  }

  private async vacancyCreated(
    { data, aggregateversion }: IntegrationEvent<VacancyCreatedV1>,
    manager: EntityManager,
  ) {
    const vacancy = { ...data, version: aggregateversion };
    await this.transactions.join(manager, () =>
      this.projectVacancy.execute(new ProjectVacancyCommand(vacancy)),
    );
  }
}

/** The topics those events travel on: what the moves consumer subscribes to. */
export const MOVES_TOPICS = [PersonRegistered.topic, VacancyCreated.topic];
