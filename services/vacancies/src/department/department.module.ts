import { Module } from '@nestjs/common';
import { DepartmentMutationsResolver } from './api/department-mutations.resolver';
import { DepartmentResolver } from './api/department.resolver';
import { AddOrganisationHandler } from './application/add-organisation/add-organisation.handler';
import { DepartmentStore } from './application/department.store';
import { EstablishmentEventsPublisher } from './application/establishment-events.publisher';
import { EstablishmentStore } from './application/establishment.store';
import { FindDepartmentsHandler } from './application/find-departments/find-departments.handler';
import { GetDepartmentsByCodesHandler } from './application/get-departments-by-codes/get-departments-by-codes.handler';
import { KnownDepartments } from './application/known-departments';
import { ReadEstablishmentHandler } from './application/read-establishment/read-establishment.handler';
import { SetEstablishmentHandler } from './application/set-establishment/set-establishment.handler';
import { OutboxEstablishmentEventsPublisher } from './infrastructure/outbox-establishment-events.publisher';
import { TypeOrmDepartmentStore } from './infrastructure/typeorm-department.store';
import { TypeOrmEstablishmentStore } from './infrastructure/typeorm-establishment.store';
import { TypeOrmKnownDepartments } from './infrastructure/typeorm-known-departments';

export const DEPARTMENT_RESOLVERS = [DepartmentResolver, DepartmentMutationsResolver];

/**
 * Organisations and their establishment (funded posts). Other areas import it for `KnownDepartments`, to refuse a
 * department code nobody knows.
 */
@Module({
  providers: [
    ...DEPARTMENT_RESOLVERS,
    AddOrganisationHandler,
    SetEstablishmentHandler,
    FindDepartmentsHandler,
    GetDepartmentsByCodesHandler,
    ReadEstablishmentHandler,
    { provide: DepartmentStore, useClass: TypeOrmDepartmentStore },
    { provide: EstablishmentStore, useClass: TypeOrmEstablishmentStore },
    { provide: EstablishmentEventsPublisher, useClass: OutboxEstablishmentEventsPublisher },
    { provide: KnownDepartments, useClass: TypeOrmKnownDepartments },
  ],
  exports: [KnownDepartments],
})
export class DepartmentModule {}
