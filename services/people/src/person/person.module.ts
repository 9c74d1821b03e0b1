import { Module } from '@nestjs/common';
import { PersonResolver } from './api/person.resolver';
import { GetPeopleByIdsHandler } from './application/get-people-by-ids/get-people-by-ids.handler';
import { GetPersonHandler } from './application/get-person/get-person.handler';
import { PersonEventsPublisher } from './application/integration-events/person-events.publisher';
import { RegisterPersonHandler } from './application/register-person/register-person.handler';
import { PersonRepository } from './domain/person.repository';
import { OutboxPersonEventsPublisher } from './infrastructure/outbox-person-events.publisher';
import { PersonOrmEntity } from './infrastructure/person.orm-entity';
import { TypeOrmPersonRepository } from './infrastructure/typeorm-person.repository';

export const PERSON_ENTITIES = [PersonOrmEntity];
export const PERSON_RESOLVERS = [PersonResolver];

@Module({
  providers: [
    ...PERSON_RESOLVERS,
    RegisterPersonHandler,
    GetPersonHandler,
    GetPeopleByIdsHandler,
    { provide: PersonRepository, useClass: TypeOrmPersonRepository },
    { provide: PersonEventsPublisher, useClass: OutboxPersonEventsPublisher },
  ],
  // The audit trail's policy and myData both need the person's stored record.
  exports: [PersonRepository],
})
export class PersonModule {}
