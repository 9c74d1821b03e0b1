import { Module } from '@nestjs/common';
import { PersonMovesResolver } from './api/person-moves.resolver';
import { FindKnownPeopleHandler } from './application/find-known-people/find-known-people.handler';
import { PersonReadModelStore } from './application/person-read-model.store';
import { ProjectPersonHandler } from './application/project-person/project-person.handler';
import { RecordPersonLeftHandler } from './application/record-person-left/record-person-left.handler';
import { RecordTenureHandler } from './application/record-tenure/record-tenure.handler';
import { PersonProfileStore } from './application/person-profile.store';
import { RecordPreferencesHandler } from './application/record-preferences/record-preferences.handler';
import { RecordSkillsHandler } from './application/record-skills/record-skills.handler';
import { TypeOrmPersonProfileStore } from './infrastructure/typeorm-person-profile.store';
import { PersonReadModelOrmEntity } from './infrastructure/person-read-model.orm-entity';
import { TypeOrmPersonReadModelStore } from './infrastructure/typeorm-person-read-model.store';

export const PERSON_READ_MODEL_ENTITIES = [PersonReadModelOrmEntity];
export const PERSON_READ_MODEL_RESOLVERS = [PersonMovesResolver];

@Module({
  providers: [
    ...PERSON_READ_MODEL_RESOLVERS,
    ProjectPersonHandler,
    RecordPersonLeftHandler,
    RecordTenureHandler,
    FindKnownPeopleHandler,
    { provide: PersonReadModelStore, useClass: TypeOrmPersonReadModelStore },
    RecordSkillsHandler,
    RecordPreferencesHandler,
    { provide: PersonProfileStore, useClass: TypeOrmPersonProfileStore },
  ],
  exports: [
    PersonReadModelStore,
    ProjectPersonHandler,
    RecordPersonLeftHandler,
    RecordTenureHandler,
    RecordSkillsHandler,
    RecordPreferencesHandler,
  ],
})
export class PersonReadModelModule {}
