import { loadConfig } from '@civil/platform';
import { Module } from '@nestjs/common';
import { TenureConfig } from '../config/tenure.config';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { PersonMutationsResolver } from './api/person-mutations.resolver';
import { PersonResolver } from './api/person.resolver';
import { ApplyMoveOutcomeHandler } from './application/apply-move-outcome/apply-move-outcome.handler';
import { MoveStepLedger } from './application/apply-move-outcome/move-step.ledger';
import { GetMeHandler } from './application/get-me/get-me.handler';
import { GetPeopleByIdsHandler } from './application/get-people-by-ids/get-people-by-ids.handler';
import { GetPersonHandler } from './application/get-person/get-person.handler';
import { GetTenureHandler } from './application/get-tenure/get-tenure.handler';
import { PersonEventsPublisher } from './application/integration-events/person-events.publisher';
import { JoinSpecialistTrackHandler } from './application/join-specialist-track/join-specialist-track.handler';
import { LeaveSpecialistTrackHandler } from './application/leave-specialist-track/leave-specialist-track.handler';
import { PersonChangeRunner } from './application/person-change.runner';
import { RecordLeaverHandler } from './application/record-leaver/record-leaver.handler';
import { RegisterPersonHandler } from './application/register-person/register-person.handler';
import { SetMobilityPreferencesHandler } from './application/set-mobility-preferences/set-mobility-preferences.handler';
import { SetSkillsHandler } from './application/set-skills/set-skills.handler';
import { SetSkillsToDevelopHandler } from './application/set-skills-to-develop/set-skills-to-develop.handler';
import { TenurePolicyProvider, TenureSettings } from './application/tenure/tenure-policy.provider';
import { UpdatePersonHandler } from './application/update-person/update-person.handler';
import { PersonRepository } from './domain/person.repository';
import { OutboxPersonEventsPublisher } from './infrastructure/outbox-person-events.publisher';
import {
  PersonSkillOrmEntity,
  PersonSkillToDevelopOrmEntity,
} from './infrastructure/person-skill.orm-entity';
import { PersonOrmEntity } from './infrastructure/person.orm-entity';
import { TypeOrmMoveStepLedger } from './infrastructure/typeorm-move-step.ledger';
import { TypeOrmPersonRepository } from './infrastructure/typeorm-person.repository';

export const PERSON_ENTITIES = [PersonOrmEntity, PersonSkillOrmEntity, PersonSkillToDevelopOrmEntity];
export const PERSON_RESOLVERS = [PersonResolver, PersonMutationsResolver];

@Module({
  imports: [ReferenceDataModule],
  providers: [
    ...PERSON_RESOLVERS,
    RegisterPersonHandler,
    GetPersonHandler,
    GetPeopleByIdsHandler,
    GetMeHandler,
    GetTenureHandler,
    UpdatePersonHandler,
    SetSkillsHandler,
    SetSkillsToDevelopHandler,
    SetMobilityPreferencesHandler,
    JoinSpecialistTrackHandler,
    LeaveSpecialistTrackHandler,
    RecordLeaverHandler,
    ApplyMoveOutcomeHandler,
    PersonChangeRunner,
    TenurePolicyProvider,
    {
      // Validated when the module starts: a bad DEFAULT_MINIMUM_ASSIGNMENT_MONTHS stops the service, naming it.
      provide: TenureSettings,
      useFactory: (): TenureSettings => ({
        defaultMinimumAssignmentMonths: loadConfig(TenureConfig).DEFAULT_MINIMUM_ASSIGNMENT_MONTHS,
      }),
    },
    { provide: PersonRepository, useClass: TypeOrmPersonRepository },
    { provide: PersonEventsPublisher, useClass: OutboxPersonEventsPublisher },
    { provide: MoveStepLedger, useClass: TypeOrmMoveStepLedger },
  ],
  // The audit trail's policy and myData both need the person's stored record; people search and the HR import
  // compute tenure dates the same way; the people inbox applies the moves service's outcomes.
  exports: [
    PersonRepository,
    TenurePolicyProvider,
    GetTenureHandler,
    ApplyMoveOutcomeHandler,
    PersonEventsPublisher,
  ],
})
export class PersonModule {}
