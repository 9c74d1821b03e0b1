/** A person as capacity counts them: where they belong (substantive) as people holds it now, and their FTE. */
export interface CapacityPerson {
  personId: string;
  departmentCode: string;
  profession: string;
  grade: string;
  location?: string;
  fte: number;
  /** ACTIVE, ON_LOAN, ON_SECONDMENT or LEFT (people's status; LEFT is not counted). */
  status: string;
  minimumTermEndsOn?: string;
  onSpecialistTrack: boolean;
}

/** A move as capacity counts it: only agreed moves (AGREED onwards) change anyone's position. */
export interface CapacityMove {
  moveId: string;
  personId: string;
  /** LEVEL_TRANSFER, PROMOTION, LOAN, SECONDMENT_OUT, SECONDMENT_IN or SHORT_ASSIGNMENT. */
  kind: string;
  homeDepartmentCode?: string;
  hostDepartmentCode?: string;
  /** The person's grade in the new post. */
  grade: string;
  startsOn: string;
  endsOn?: string;
  /** The move's status (move-status.ts); capacity reads AGREED, SCHEDULED, STARTED and EXTENDED. */
  status: string;
}

/** Funded posts (FTE) in force at the date, per department x profession x grade. */
export interface EstablishmentFigure {
  departmentCode: string;
  profession: string;
  grade: string;
  fte: number;
}

/** Advertised posts (FTE) neither reserved nor filled, per department x profession x grade. */
export interface OpenPostsFigure {
  /** The vacancy they are advertised by, when the figure is one vacancy's. */
  vacancyId?: string;
  departmentCode: string;
  profession: string;
  grade: string;
  fte: number;
}

export interface CapacityLineKey {
  departmentCode: string;
  profession: string;
  grade: string;
}

/** One line of capacity at a date, every figure in FTE, with the people and moves behind each (drill-down). */
export interface CapacityLine extends CapacityLineKey {
  establishment: number;
  /** People whose substantive post it is at the date (away or not). */
  substantive: number;
  /** Of those, away on loan or secondment at the date. */
  away: number;
  /** Here from elsewhere on loan or secondment in at the date. */
  hereOnLoanOrSecondment: number;
  /** substantive - away + hereOnLoanOrSecondment (DOMAIN.md). */
  inPost: number;
  /** Agreed moves not started yet (as of today) that start here by the date. */
  incoming: number;
  /** Agreed moves not started yet that leave here by the date. */
  outgoing: number;
  openPosts: number;
  /** establishment - inPost; positive is a shortfall. */
  gap: number;
  /** Specialists on a track in post here, inside or past their minimum expected assignment at the date (people). */
  specialistsInsideMinimumTerm: number;
  specialistsPastMinimumTerm: number;
  behind: {
    substantive: string[];
    away: string[];
    hereOnLoanOrSecondment: string[];
    incoming: string[];
    outgoing: string[];
    specialistsInsideMinimumTerm: string[];
    specialistsPastMinimumTerm: string[];
  };
}
