/**
 * What matching compares: a person and an opportunity as moves' read models hold them (no names, no free text), and
 * the explanation a match carries. Shared by recommendations, suggested candidates and reallocation plans, so that
 * a plan's move is explained exactly as the employee would see it.
 */
export interface MatchPerson {
  personId: string;
  departmentCode: string;
  grade: string;
  profession: string;
  location?: string;
  status: string;
  securityClearance?: string;
  skills: readonly { skillCode: string; level: string }[];
  skillsToDevelop: readonly string[];
  specialistTrack?: { code: string; profession: string; specialism?: string; grades: readonly string[] };
  openToMove: boolean;
  /** Consent to be seen by other departments: without it, only their own department is suggested them. */
  shareProfileAcrossDepartments: boolean;
  moveKindsWanted: readonly string[];
  departmentsWanted: readonly string[];
  locationsWanted: readonly string[];
  earliestMoveOn?: string;
  minimumTermEndsOn?: string;
  eligibleToMoveFrom?: string;
}

export interface MatchOpportunity {
  /** A vacancy's id, or for a plan's capacity gap a synthetic id (`gap:DEPT/PROFESSION/GRADE`). */
  opportunityId: string;
  departmentCode: string;
  title: string;
  grade: string;
  profession: string;
  specialism?: string;
  moveKinds: readonly string[];
  locations: readonly string[];
  remotePossible: boolean;
  requiredSkills: readonly { skillCode: string; minimumLevel: string; essential: boolean }[];
  behaviours: readonly string[];
  clearanceRequired?: string;
  closingDate?: string;
  visibility: string;
}

/** Level transfer or loan at the same grade, a promotion one grade up, or no fit (never suggested). */
export type GradeFit = 'SAME_GRADE' | 'ONE_GRADE_UP' | 'NO_FIT';

export interface SkillComparison {
  skillCode: string;
  required: string;
  /** The person's level, absent when they do not hold the skill. */
  held?: string;
  /** Levels short of the requirement (0 when met). AWARENESS < WORKING < PRACTITIONER < EXPERT. */
  levelGap: number;
  essential: boolean;
}

export interface MatchExplanation {
  skillsMet: SkillComparison[];
  skillsMissing: SkillComparison[];
  /** Success Profiles behaviours the opportunity assesses (people do not record behaviours: shown to prepare). */
  behaviours: string[];
  gradeFit: GradeFit;
  /** The move kind this match would be (LEVEL_TRANSFER, LOAN, PROMOTION, ...), the best the opportunity offers. */
  moveKind: string;
  specialismAligned: boolean;
  locationFit: 'WANTED_LOCATION' | 'SAME_LOCATION' | 'REMOTE' | 'ELSEWHERE';
  clearanceMet: boolean;
  /** The first day the person may move (tenure and their own earliest date); today when already free. */
  eligibleFrom: string;
  /** Each component's points, so the score can be checked by hand (README, "How matches are ranked"). */
  points: Record<string, number>;
}

export interface Match {
  /** 0 < score <= 1, to three decimal places; higher is better. */
  score: number;
  explanation: MatchExplanation;
}

/**
 * The reference orders matching compares in: grades lowest first, clearances weakest first (the shape of
 * vacancy-application's ReferenceOrders, restated because domain/ folders import nothing outside themselves), and
 * optionally the skill levels lowest first (default: the DDaT Capability Framework's four, skill-levels.ts).
 */
export interface MatchOrders {
  grades: readonly string[];
  clearanceLevels: readonly string[];
  skillLevels?: readonly string[];
}

export interface MatchContext {
  /** The date matches are judged on (an injected clock's, never the system's). */
  today: string;
  orders: MatchOrders;
  /**
   * The department on whose behalf someone other than the person looks (a vacancy's department for suggested
   * candidates). When it is not the person's own, the person must consent to share their profile across departments.
   */
  viewerDepartment?: string;
}
