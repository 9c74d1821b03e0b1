import { ClearanceLevel, Grade, Profession, Skill, SpecialistTrack } from '../domain/reference-data.types';

/** All of the reference data at one version: small enough (a few hundred rows) to hold in memory. */
export interface ReferenceDataSnapshot {
  version: number;
  grades: Grade[];
  professions: Profession[];
  skills: Skill[];
  clearanceLevels: ClearanceLevel[];
  specialistTracks: SpecialistTrack[];
}

/** One recorded change: what the history table keeps, under the version the change produced. */
export interface ReferenceDataChange {
  recordType: 'Profession' | 'Skill' | 'SpecialistTrack';
  recordKey: string;
  changedBy: string;
  change: { before: unknown; after: unknown };
}

/**
 * Persistence of the reference data. Writes join the open transaction; `recordChange` takes the next version under
 * a row lock, so changes are numbered in commit order without gaps.
 */
export abstract class ReferenceDataStore {
  abstract load(): Promise<ReferenceDataSnapshot>;
  abstract version(): Promise<number>;
  abstract knownSkillCodes(codes: readonly string[]): Promise<string[]>;
  abstract findSpecialistTrack(code: string): Promise<SpecialistTrack | null>;
  /** False when one with that name or code exists already. */
  abstract addProfession(profession: Profession): Promise<boolean>;
  abstract addSkill(skill: Skill): Promise<boolean>;
  abstract addSpecialistTrack(track: SpecialistTrack): Promise<boolean>;
  abstract updateSpecialistTrack(track: SpecialistTrack): Promise<void>;
  abstract recordChange(change: ReferenceDataChange): Promise<number>;
}
