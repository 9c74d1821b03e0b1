/** What moves knows about a person: the PersonRegistered facts, no names or contact details. */
export interface KnownPerson {
  personId: string;
  departmentCode: string;
  grade: string;
  profession: string;
  location?: string;
  fte: number;
  startedInPostOn: string;
  status: string;
  securityClearance?: string;
  /** Started in post + the minimum expected assignment, as people computes it. */
  minimumTermEndsOn?: string;
  eligibleToMoveFrom?: string;
  /** The people aggregate's version this row reflects. */
  version: number;
}

/** What every later person event says of tenure; a track change also says which track (absent: left it). */
export interface KnownTenure {
  personId: string;
  minimumTermEndsOn: string;
  eligibleToMoveFrom: string;
  /** Present on a track change: the track joined (code and, when people sent them, its ladder), or none. */
  track?: { code?: string; details?: { profession: string; specialism?: string; grades: string[] } };
  version: number;
}
