/**
 * What the rest of the people service may ask of the reference data (grades, professions, skills, clearances,
 * specialist tracks). Rules read the catalogue instead of hard-coding any list, so HR_ADMIN can extend it.
 * Implemented by the reference-data module; the person module and the HR import depend only on this.
 */
export abstract class ReferenceDataCatalog {
  /** Grades lowest first (AA ... SCS4), with the minimum expected assignment a grade carries by policy, if any. */
  abstract grades(): Promise<readonly GradeReference[]>;
  /** Profession names as gov.uk lists them; a person's and a vacancy's `profession` is one of these names. */
  abstract professionNames(): Promise<ReadonlySet<string>>;
  /** The codes among `codes` that are not in the skills library (empty when all are known). */
  abstract unknownSkillCodes(codes: readonly string[]): Promise<string[]>;
  /** Clearance levels lowest first (BPSS, CTC, SC, DV). */
  abstract clearanceLevels(): Promise<readonly string[]>;
  abstract specialistTrack(code: string): Promise<SpecialistTrackReference | null>;
}

export interface GradeReference {
  code: string;
  name: string;
  /** 1 for the lowest grade; a promotion is to rank + 1. */
  rank: number;
  /** Published policy for SCS1/SCS2 (36 months since July 2022); absent = the configured default applies. */
  minimumAssignmentMonths?: number;
}

export interface SpecialistTrackReference {
  code: string;
  profession: string;
  specialism: string;
  /** Grade codes lowest first, e.g. HEO -> SEO -> G7 -> G6 -> SCS1 for DDaT data science. */
  gradeLadder: readonly string[];
  minimumAssignmentMonths: number;
}
