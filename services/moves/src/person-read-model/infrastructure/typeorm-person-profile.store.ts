import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { KnownPreferences, KnownSkills } from '../application/known-profile';
import { PersonProfileStore } from '../application/person-profile.store';

// Like saveTenure: the version condition keeps a newer row when deliveries race or arrive late, and makes a
// redelivered event a no-op.
const SAVE_SKILLS = `
  UPDATE person_read_model SET skills = $5::jsonb, skills_to_develop = $6,
    minimum_term_ends_on = $2, eligible_to_move_from = $3, version = $4, updated_at = now()
  WHERE person_id = $1 AND version < $4`;

const SAVE_PREFERENCES = `
  UPDATE person_read_model SET open_to_move = $5, share_profile = $6, move_kinds_wanted = $7,
    departments_wanted = $8, locations_wanted = $9, earliest_move_on = $10,
    minimum_term_ends_on = $2, eligible_to_move_from = $3, version = $4, updated_at = now()
  WHERE person_id = $1 AND version < $4`;

@Injectable()
export class TypeOrmPersonProfileStore extends PersonProfileStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async saveSkills(s: KnownSkills): Promise<void> {
    await this.transactions
      .manager()
      .query(SAVE_SKILLS, [
        s.personId,
        s.minimumTermEndsOn,
        s.eligibleToMoveFrom,
        s.version,
        JSON.stringify(s.skills),
        s.skillsToDevelop,
      ]);
  }

  async savePreferences(p: KnownPreferences): Promise<void> {
    await this.transactions
      .manager()
      .query(SAVE_PREFERENCES, [
        p.personId,
        p.minimumTermEndsOn,
        p.eligibleToMoveFrom,
        p.version,
        p.openToMove,
        p.shareProfileAcrossDepartments,
        p.moveKindsWanted,
        p.departmentsWanted,
        p.locationsWanted,
        p.earliestMoveOn ?? null,
      ]);
  }
}
