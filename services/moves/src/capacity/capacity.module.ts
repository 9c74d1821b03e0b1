import { Module } from '@nestjs/common';
import { CapacityForecastResolver } from './api/capacity-forecast.resolver';
import { CapacityLineResolver } from './api/capacity-line.resolver';
import { CapacityOverviewResolver } from './api/capacity-overview.resolver';
import { DepartmentCapacityResolver } from './api/department-capacity.resolver';
import { CapacityBehindHandler } from './application/capacity-behind/capacity-behind.handler';
import { CapacityBehindReader } from './application/capacity-behind.reader';
import { CapacityDay } from './application/capacity-day';
import { CapacityForecastHandler } from './application/capacity-forecast/capacity-forecast.handler';
import { CapacityForecastReader } from './application/capacity-forecast.reader';
import { CapacityOverviewHandler } from './application/capacity-overview/capacity-overview.handler';
import { CapacityOverviewReader } from './application/capacity-overview.reader';
import { CapacityReader } from './application/capacity.reader';
import { EstablishmentReadModelStore } from './application/establishment-read-model.store';
import { ReadCapacityHandler } from './application/read-capacity/read-capacity.handler';
import { RecordEstablishmentHandler } from './application/record-establishment/record-establishment.handler';
import { CapacityHeadcountCompactor } from './infrastructure/capacity-headcount.compactor';
import { SqlCapacityBehindReader } from './infrastructure/sql-capacity-behind.reader';
import { SqlCapacityReader } from './infrastructure/sql-capacity.reader';
import { SqlEstablishmentReadModelStore } from './infrastructure/sql-establishment-read-model.store';

export const CAPACITY_RESOLVERS = [
  DepartmentCapacityResolver,
  CapacityLineResolver,
  CapacityOverviewResolver,
  CapacityForecastResolver,
];

/**
 * Capacity against funded posts (DOMAIN.md, "Capacity"): the EstablishmentChanged projection, the SQL reader the
 * property test holds to capacity.rules.ts, and the GraphQL fields. Exports CapacityReader for plans' what-if.
 */
@Module({
  providers: [
    ...CAPACITY_RESOLVERS,
    CapacityDay,
    ReadCapacityHandler,
    CapacityOverviewHandler,
    CapacityForecastHandler,
    CapacityBehindHandler,
    RecordEstablishmentHandler,
    CapacityHeadcountCompactor,
    SqlCapacityReader,
    { provide: CapacityReader, useExisting: SqlCapacityReader },
    { provide: CapacityForecastReader, useExisting: SqlCapacityReader },
    { provide: CapacityOverviewReader, useExisting: SqlCapacityReader },
    { provide: CapacityBehindReader, useClass: SqlCapacityBehindReader },
    { provide: EstablishmentReadModelStore, useClass: SqlEstablishmentReadModelStore },
  ],
  exports: [CapacityReader, RecordEstablishmentHandler],
})
export class CapacityModule {}
