import { Skill } from '../../domain/reference-data.types';

export class AddSkillCommand {
  constructor(
    readonly skill: Skill,
    readonly changedBy: string,
  ) {}
}
