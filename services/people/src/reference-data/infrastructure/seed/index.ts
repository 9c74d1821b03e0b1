import { BEHAVIOURS_SEED } from './behaviours.seed';
import { CLEARANCE_LEVELS_SEED } from './clearance-levels.seed';
import { DDAT_SKILLS_SEED } from './ddat-skills.seed';
import { GRADES_SEED } from './grades.seed';
import { PROFESSIONS_SEED } from './professions.seed';
import { SPECIALIST_TRACKS_SEED } from './specialist-tracks.seed';

/**
 * Version 1 of the reference data, as the seed migration writes it. Frozen once shipped, like the migration: a later
 * correction is a new migration (or an HR_ADMIN mutation), so every database holds the same version 1.
 */
export const REFERENCE_DATA_SEED = {
  grades: GRADES_SEED,
  professions: PROFESSIONS_SEED,
  skills: [...DDAT_SKILLS_SEED, ...BEHAVIOURS_SEED],
  clearanceLevels: CLEARANCE_LEVELS_SEED,
  specialistTracks: SPECIALIST_TRACKS_SEED,
};
