import {
  EstablishmentChanged,
  EstablishmentChangedV1,
  IntegrationEvent,
  PersonDetailsChanged,
  PersonDetailsChangedV1,
  PersonLeft,
  PersonPreferencesChanged,
  PersonPreferencesChangedV1,
  PersonRegistered,
  PersonRegisteredV1,
  PersonSkillsChanged,
  PersonSkillsChangedV1,
  PersonEventPayload,
  PersonTrackChanged,
  PersonTrackChangedV1,
  PostReleased,
  PostReleasedV1,
  PostReservationRefused,
  PostReservationRefusedV1,
  PostReserved,
  PostReservedV1,
  VacancyCancelled,
  VacancyChanged,
  VacancyClosed,
  VacancyFilled,
  VacancyPublished,
  VacancyRecordV1,
  VacancyStatusChangedV1,
} from '@civil/contracts';
import type { EventHandler } from '@civil/messaging';
import { InboxHandlers, TypeOrmTransactionRunner } from '@civil/platform';
import { RecordEstablishmentCommand } from '../capacity/application/record-establishment/record-establishment.command';
import { RecordEstablishmentHandler } from '../capacity/application/record-establishment/record-establishment.handler';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProjectPersonCommand } from '../person-read-model/application/project-person/project-person.command';
import { ProjectPersonHandler } from '../person-read-model/application/project-person/project-person.handler';
import { RecordPersonLeftCommand } from '../person-read-model/application/record-person-left/record-person-left.command';
import { RecordPersonLeftHandler } from '../person-read-model/application/record-person-left/record-person-left.handler';
import { ProjectVacancyCommand } from '../vacancy-read-model/application/project-vacancy/project-vacancy.command';
import { ProjectVacancyHandler } from '../vacancy-read-model/application/project-vacancy/project-vacancy.handler';
import { RecordVacancyStatusCommand } from '../vacancy-read-model/application/record-vacancy-status/record-vacancy-status.command';
import { RecordVacancyStatusHandler } from '../vacancy-read-model/application/record-vacancy-status/record-vacancy-status.handler';
import { CloseApplicationsCommand } from '../vacancy-application/application/close-applications/close-applications.command';
import { CloseApplicationsHandler } from '../vacancy-application/application/close-applications/close-applications.handler';
import { RecordPostAnswerCommand } from '../move/application/record-post-answer/record-post-answer.command';
import { RecordPostAnswerHandler } from '../move/application/record-post-answer/record-post-answer.handler';
import { RecordTenureCommand } from '../person-read-model/application/record-tenure/record-tenure.command';
import { RecordTenureHandler } from '../person-read-model/application/record-tenure/record-tenure.handler';
import { RecordSkillsCommand } from '../person-read-model/application/record-skills/record-skills.command';
import { RecordSkillsHandler } from '../person-read-model/application/record-skills/record-skills.handler';
import { RecordPreferencesCommand } from '../person-read-model/application/record-preferences/record-preferences.command';
import { RecordPreferencesHandler } from '../person-read-model/application/record-preferences/record-preferences.handler';

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
    private readonly recordVacancyStatus: RecordVacancyStatusHandler,
    private readonly recordTenure: RecordTenureHandler,
    private readonly recordPostAnswer: RecordPostAnswerHandler,
    private readonly closeApplications: CloseApplicationsHandler,
    private readonly recordSkills: RecordSkillsHandler,
    private readonly recordPreferences: RecordPreferencesHandler,
    private readonly recordEstablishment: RecordEstablishmentHandler,
  ) {}

  handlers(): Record<string, EventHandler> {
    return {
      // Funded posts for capacity, one row per line and date; the version drops a duplicate or a late older event.
      [EstablishmentChanged.type]: (event, manager) => this.establishmentChanged(event, manager),
      [PersonRegistered.type]: (event, manager) => this.personRegistered(event, manager),
      // The full non-personal record, like PersonRegistered: the read model takes it as it is.
      [PersonDetailsChanged.type]: (event, manager) => this.personRegistered(event, manager),
      [PersonLeft.type]: ({ subject, aggregateversion }, manager) =>
        this.transactions.join(manager, () =>
          this.recordPersonLeft.execute(new RecordPersonLeftCommand(subject, aggregateversion)),
        ),
      // Matching's facts, with the tenure dates every person event carries, in one update at the event's version
      // (people registers a person with neither, then raises these two for what the feed or the person gave).
      [PersonSkillsChanged.type]: (event, manager) => this.skillsChanged(event, manager),
      [PersonPreferencesChanged.type]: (event, manager) => this.preferencesChanged(event, manager),
      // A track change carries the track, which the tenure hold needs.
      [PersonTrackChanged.type]: (event, manager) => this.tenureChanged(event, manager),
      // The saga's answers: the post is held for the move, or there is none.
      [PostReserved.type]: ({ data, traceid }: IntegrationEvent<PostReservedV1>, manager) =>
        this.transactions.join(manager, () =>
          this.recordPostAnswer.execute(
            new RecordPostAnswerCommand(data.moveId, { reserved: true }, traceid),
          ),
        ),
      [PostReservationRefused.type]: (
        { data, traceid }: IntegrationEvent<PostReservationRefusedV1>,
        manager,
      ) =>
        this.transactions.join(manager, () =>
          this.recordPostAnswer.execute(
            new RecordPostAnswerCommand(data.moveId, { reserved: false, reason: data.reason }, traceid),
          ),
        ),
      // A post given back: a stopped move asked for it, or the vacancy was cancelled under a move not yet started.
      [PostReleased.type]: ({ data, traceid }: IntegrationEvent<PostReleasedV1>, manager) =>
        this.transactions.join(manager, () =>
          this.recordPostAnswer.execute(
            new RecordPostAnswerCommand(data.moveId, { released: true }, traceid),
          ),
        ),
      // The full record each time: the read model takes what it keeps of it.
      [VacancyPublished.type]: (event, manager) => this.vacancyPublished(event, manager),
      [VacancyChanged.type]: (event, manager) => this.vacancyPublished(event, manager),
      [VacancyClosed.type]: (event, manager) => this.vacancyStatusChanged(event, manager),
      // Filled or withdrawn: nobody else will be offered it, so applicants still waiting are told.
      [VacancyFilled.type]: (event, manager) => this.vacancyEnded(event, manager, 'FILLED'),
      [VacancyCancelled.type]: (event, manager) => this.vacancyEnded(event, manager, 'CANCELLED'),
    };
  }

  private async establishmentChanged(
    { data, aggregateversion }: IntegrationEvent<EstablishmentChangedV1>,
    manager: EntityManager,
  ) {
    const { departmentCode, profession, grade, effectiveFrom } = data;
    // FTE with two decimals (vacancies' numeric(9, 2)); kept in exact hundredths.
    const entry = {
      departmentCode,
      profession,
      grade,
      effectiveFrom,
      fteHundredths: Math.round(data.fte * 100),
    };
    await this.transactions.join(manager, () =>
      this.recordEstablishment.execute(
        new RecordEstablishmentCommand({ ...entry, version: aggregateversion }),
      ),
    );
  }

  private async personRegistered(
    { data, aggregateversion }: IntegrationEvent<PersonRegisteredV1 | PersonDetailsChangedV1>,
    manager: EntityManager,
  ) {
    const { personId, departmentCode, grade, profession, location, fte, startedInPostOn, status } = data;
    const { securityClearance, minimumTermEndsOn, eligibleToMoveFrom } = data;
    const person = {
      ...{ personId, departmentCode, grade, profession, location, fte, startedInPostOn, status },
      ...{ securityClearance, minimumTermEndsOn, eligibleToMoveFrom },
      version: aggregateversion,
    };
    await this.transactions.join(manager, () => this.projectPerson.execute(new ProjectPersonCommand(person)));
  }

  private async vacancyPublished(
    { data, aggregateversion }: IntegrationEvent<VacancyRecordV1>,
    manager: EntityManager,
  ) {
    const { vacancyId, departmentCode, grade, profession, posts, ftePerPost, status, ...details } = data;
    const vacancy = {
      ...{ vacancyId, departmentCode, grade, profession, posts, ftePerPost, status, details },
      version: aggregateversion,
    };
    await this.transactions.join(manager, () =>
      this.projectVacancy.execute(new ProjectVacancyCommand(vacancy)),
    );
  }

  private async tenureChanged(
    { data, aggregateversion, type }: IntegrationEvent<PersonEventPayload & Partial<PersonTrackChangedV1>>,
    manager: EntityManager,
  ) {
    const { personId, minimumTermEndsOn, eligibleToMoveFrom, specialistTrackCode: code } = data;
    const { trackProfession: profession, trackSpecialism: specialism, trackGrades: grades } = data;
    // The ladder rides with the track's code: the tenure hold lets a promotion along it through.
    const details = code && profession && grades ? { profession, specialism, grades } : undefined;
    const track = type === PersonTrackChanged.type ? { code, details } : undefined;
    await this.transactions.join(manager, () =>
      this.recordTenure.execute(
        new RecordTenureCommand({
          personId,
          minimumTermEndsOn,
          eligibleToMoveFrom,
          track,
          version: aggregateversion,
        }),
      ),
    );
  }

  private async skillsChanged(
    { data, aggregateversion: version }: IntegrationEvent<PersonSkillsChangedV1>,
    manager: EntityManager,
  ) {
    const { personId, minimumTermEndsOn, eligibleToMoveFrom, skills, skillsToDevelop } = data;
    const known = { personId, minimumTermEndsOn, eligibleToMoveFrom, version, skillsToDevelop };
    const levels = skills.map(({ skillCode, level }) => ({ skillCode, level }));
    await this.transactions.join(manager, () =>
      this.recordSkills.execute(new RecordSkillsCommand({ ...known, skills: levels })),
    );
  }

  private async preferencesChanged(
    { data, aggregateversion: version }: IntegrationEvent<PersonPreferencesChangedV1>,
    manager: EntityManager,
  ) {
    await this.transactions.join(manager, () =>
      this.recordPreferences.execute(new RecordPreferencesCommand({ ...data, version })),
    );
  }

  private async vacancyEnded(
    event: IntegrationEvent<VacancyStatusChangedV1>,
    manager: EntityManager,
    why: CloseApplicationsCommand['why'],
  ) {
    await this.vacancyStatusChanged(event, manager);
    await this.transactions.join(manager, () =>
      this.closeApplications.execute(new CloseApplicationsCommand(event.data.vacancyId, why, event.traceid)),
    );
  }

  private async vacancyStatusChanged(
    { data, aggregateversion }: IntegrationEvent<VacancyStatusChangedV1>,
    manager: EntityManager,
  ) {
    await this.transactions.join(manager, () =>
      this.recordVacancyStatus.execute(
        new RecordVacancyStatusCommand(data.vacancyId, data.status, aggregateversion),
      ),
    );
  }
}

/** The topics those events travel on: what the moves consumer subscribes to. */
export const MOVES_TOPICS = [PersonRegistered.topic, VacancyPublished.topic, EstablishmentChanged.topic];
