import { Injectable } from '@nestjs/common';
import { PersonProfileStore } from '../person-profile.store';
import { RecordSkillsCommand } from './record-skills.command';

/**
 * Matching compares these with what vacancies ask for. People replaces the whole list on every change, so the read
 * model does too. Inside the inbox's transaction; an older version never overwrites a newer one (the store's condition).
 */
@Injectable()
export class RecordSkillsHandler {
  constructor(private readonly profiles: PersonProfileStore) {}

  execute({ skills }: RecordSkillsCommand): Promise<void> {
    return this.profiles.saveSkills({
      ...skills,
      // Codes as people normalises them, so that a comparison never depends on how a feed spelt them.
      skills: skills.skills.map(({ skillCode, level }) => ({ skillCode: skillCode.toUpperCase(), level })),
      skillsToDevelop: [...new Set(skills.skillsToDevelop.map((code) => code.toUpperCase()))],
    });
  }
}
