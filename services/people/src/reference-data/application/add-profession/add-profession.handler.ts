import { ConflictError, TransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { newProfession } from '../../domain/reference-data.rules';
import { Profession } from '../../domain/reference-data.types';
import { CachedReferenceDataCatalog } from '../cached-reference-data.catalog';
import { ReferenceDataStore } from '../reference-data.store';
import { AddProfessionCommand } from './add-profession.command';

@Injectable()
export class AddProfessionHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly store: ReferenceDataStore,
    private readonly catalog: CachedReferenceDataCatalog,
  ) {}

  /** The profession and the version it makes commit together. */
  async execute(command: AddProfessionCommand): Promise<Profession> {
    const profession = newProfession(command.profession.name, command.profession.group);
    const version = await this.transactions.run(async () => {
      if (!(await this.store.addProfession(profession))) return undefined;
      return this.store.recordChange({
        recordType: 'Profession',
        recordKey: profession.name,
        changedBy: command.changedBy,
        change: { before: null, after: profession },
      });
    });
    if (version === undefined)
      throw new ConflictError(
        `The profession ${profession.name} exists already`,
        'REFERENCE_DATA.PROFESSION_EXISTS',
        'name',
      );
    this.catalog.invalidate(version);
    return profession;
  }
}
