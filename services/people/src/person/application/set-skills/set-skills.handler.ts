import { EDIT_PERSON_PROFILE } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { ReferenceDataCatalog } from '../../../reference-data/application/reference-data.catalog';
import { PersonChangeRunner } from '../person-change.runner';
import { checkReferences } from '../reference-checks';
import { SetSkillsCommand } from './set-skills.command';

/** Replaces the person's skills; every code must be in the skills library. */
@Injectable()
export class SetSkillsHandler {
  constructor(
    private readonly changes: PersonChangeRunner,
    private readonly catalog: ReferenceDataCatalog,
  ) {}

  async execute(command: SetSkillsCommand): Promise<PersonSnapshot> {
    await checkReferences(this.catalog, { skillCodes: command.skills.map((skill) => skill.skillCode) });
    return this.changes.run({ ...command, policy: EDIT_PERSON_PROFILE }, (person, { now, policy }) =>
      person.setSkills(command.skills, now, policy),
    );
  }
}
