import {
  IntegrationEvent,
  PersonDetailsChanged,
  PersonDetailsChangedV1,
  PersonLeft,
  PersonPreferencesChanged,
  PersonRegistered,
  PersonRegisteredV1,
  PersonSkillsChanged,
  PersonTrackChanged,
  VacancyCreated,
  VacancyCreatedV1,
} from '@civil/contracts';
import type { EventHandler } from '@civil/messaging';
import { InboxHandlers, TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProjectPersonCommand } from '../person-read-model/application/project-person/project-person.command';
import { ProjectPersonHandler } from '../person-read-model/application/project-person/project-person.handler';
import { RecordPersonLeftCommand } from '../person-read-model/application/record-person-left/record-person-left.command';
import { RecordPersonLeftHandler } from '../person-read-model/application/record-person-left/record-person-left.handler';
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
    private readonly recordPersonLeft: RecordPersonLeftHandler,
  ) {}

  handlers(): Record<string, EventHandler> {
    return {
      [PersonRegistered.type]: (event, manager) => this.personRegistered(event, manager),
      // The full non-personal record, like PersonRegistered: the read model takes it as it is.
      [PersonDetailsChanged.type]: (event, manager) => this.personRegistered(event, manager),
      [PersonLeft.type]: ({ subject, aggregateversion }, manager) =>
        this.transactions.join(manager, () =>
          this.recordPersonLeft.execute(new RecordPersonLeftCommand(subject, aggregateversion)),
        ),
      // Taken in and acknowledged on purpose: moves has no columns for skills, preferences or tracks yet (matching
      // will add them). The inbox still records each event's version, so nothing is dead-lettered or replayed.
      [PersonSkillsChanged.type]: async () => undefined,
      [PersonPreferencesChanged.type]: async () => undefined,
      [PersonTrackChanged.type]: async () => undefined,
      [VacancyCreated.type]: (event, manager) => this.vacancyCreated(event, manager),
    };
  }

  private async personRegistered(
    { data, aggregateversion }: IntegrationEvent<PersonRegisteredV1 | PersonDetailsChangedV1>,
    manager: EntityManager,
  ) {
    const { personId, departmentCode, grade, profession, location, fte, startedInPostOn, status } = data;
    const person = {
      ...{ personId, departmentCode, grade, profession, location, fte, startedInPostOn, status },
      version: aggregateversion,
    };
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
