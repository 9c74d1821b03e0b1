import { KnownSkills } from '../known-profile';

/** Take in a person's skills and skills to develop, from PersonSkillsChanged. */
export class RecordSkillsCommand {
  constructor(readonly skills: KnownSkills) {}
}
