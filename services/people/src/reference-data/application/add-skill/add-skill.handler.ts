import { ConflictError, TransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { newSkill } from '../../domain/reference-data.rules';
import { Skill } from '../../domain/reference-data.types';
import { CachedReferenceDataCatalog } from '../cached-reference-data.catalog';
import { ReferenceDataStore } from '../reference-data.store';
import { AddSkillCommand } from './add-skill.command';

@Injectable()
export class AddSkillHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly store: ReferenceDataStore,
    private readonly catalog: CachedReferenceDataCatalog,
  ) {}

  /** Codes are never reused or renamed: people's profiles and vacancies hold them. */
  async execute(command: AddSkillCommand): Promise<Skill> {
    const skill = newSkill(command.skill);
    const version = await this.transactions.run(async () => {
      if (!(await this.store.addSkill(skill))) return undefined;
      return this.store.recordChange({
        recordType: 'Skill',
        recordKey: skill.code,
        changedBy: command.changedBy,
        change: { before: null, after: skill },
      });
    });
    if (version === undefined)
      throw new ConflictError(
        `The skill ${skill.code} exists already`,
        'REFERENCE_DATA.SKILL_EXISTS',
        'code',
      );
    this.catalog.invalidate(version);
    return skill;
  }
}
