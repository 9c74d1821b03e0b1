import { ConflictError, NotFoundError, TransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { Department, newOrganisation } from '../../domain/department';
import { DepartmentStore } from '../department.store';
import { AddOrganisationCommand } from './add-organisation.command';

@Injectable()
export class AddOrganisationHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly departments: DepartmentStore,
  ) {}

  /** The parent is checked in the same transaction as the insert (and the foreign key backs it). */
  async execute(command: AddOrganisationCommand): Promise<Department> {
    const organisation = newOrganisation(command.organisation);
    return this.transactions.run(async () => {
      if (organisation.parentCode !== null) {
        const [parent] = await this.departments.findByCodes([organisation.parentCode]);
        if (!parent) throw new NotFoundError('Department', organisation.parentCode);
      }
      if (!(await this.departments.add(organisation, command.addedBy)))
        throw new ConflictError(
          `An organisation with the code ${organisation.code} exists already`,
          'DEPARTMENT.CODE_TAKEN',
          'code',
        );
      return organisation;
    });
  }
}
