import { EDIT_PERSON_PROFILE } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { ReferenceDataCatalog } from '../../../reference-data/application/reference-data.catalog';
import { PersonChangeRunner } from '../person-change.runner';
import { checkReferences } from '../reference-checks';
import { SetSkillsToDevelopCommand } from './set-skills-to-develop.command';

@Injectable()
export class SetSkillsToDevelopHandler {
  constructor(
    private readonly changes: PersonChangeRunner,
    private readonly catalog: ReferenceDataCatalog,
  ) {}

  async execute(command: SetSkillsToDevelopCommand): Promise<PersonSnapshot> {
    await checkReferences(this.catalog, { skillCodes: command.skillCodes });
    return this.changes.run({ ...command, policy: EDIT_PERSON_PROFILE }, (person, { now, policy }) =>
      person.setSkillsToDevelop(command.skillCodes, now, policy),
    );
  }
}
