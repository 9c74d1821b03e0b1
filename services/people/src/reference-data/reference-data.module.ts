import type { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Module } from '@nestjs/common';
import { ReferenceDataResolver } from './api/reference-data.resolver';
import { AddProfessionHandler } from './application/add-profession/add-profession.handler';
import { AddSkillHandler } from './application/add-skill/add-skill.handler';
import { AddSpecialistTrackHandler } from './application/add-specialist-track/add-specialist-track.handler';
import { CachedReferenceDataCatalog } from './application/cached-reference-data.catalog';
import { ReferenceDataCatalog } from './application/reference-data.catalog';
import { ReferenceDataStore } from './application/reference-data.store';
import { UpdateSpecialistTrackHandler } from './application/update-specialist-track/update-specialist-track.handler';
import { REFERENCE_DATA_ENTITIES } from './infrastructure/reference-data.orm-entities';
import { TypeOrmReferenceDataStore } from './infrastructure/typeorm-reference-data.store';

export { REFERENCE_DATA_ENTITIES };
export const REFERENCE_DATA_RESOLVERS = [ReferenceDataResolver];

/**
 * Grades, professions, skills, clearance levels and specialist tracks. Other modules import it for
 * `ReferenceDataCatalog` (one cached instance per process, shared with the resolvers that invalidate it).
 */
@Module({
  providers: [
    ...REFERENCE_DATA_RESOLVERS,
    AddProfessionHandler,
    AddSkillHandler,
    AddSpecialistTrackHandler,
    UpdateSpecialistTrackHandler,
    { provide: ReferenceDataStore, useClass: TypeOrmReferenceDataStore },
    {
      provide: CachedReferenceDataCatalog,
      inject: [ReferenceDataStore, CLOCK],
      useFactory: (store: ReferenceDataStore, clock: Clock) => new CachedReferenceDataCatalog(store, clock),
    },
    { provide: ReferenceDataCatalog, useExisting: CachedReferenceDataCatalog },
  ],
  exports: [ReferenceDataCatalog],
})
export class ReferenceDataModule {}
