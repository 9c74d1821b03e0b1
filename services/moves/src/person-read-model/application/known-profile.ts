/** Tenure dates as every person event after registration carries them (people keeps one version sequence). */
interface KnownTenureDates {
  personId: string;
  minimumTermEndsOn: string;
  eligibleToMoveFrom: string;
  /** The people aggregate's version the event carries. */
  version: number;
}

/** A person's skills as matching compares them: codes and DDaT levels, no evidence (free text stays in people). */
export interface KnownSkills extends KnownTenureDates {
  skills: { skillCode: string; level: string }[];
  skillsToDevelop: string[];
}

/** A person's mobility preferences, with their consent to be seen by other departments. */
export interface KnownPreferences extends KnownTenureDates {
  openToMove: boolean;
  shareProfileAcrossDepartments: boolean;
  moveKindsWanted: string[];
  departmentsWanted: string[];
  locationsWanted: string[];
  earliestMoveOn?: string;
}
