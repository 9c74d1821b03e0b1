import { SkillLevel } from '../../person/domain/skill';

/** One skill a person must have, at `minimumLevel` or above (AWARENESS < WORKING < PRACTITIONER < EXPERT). */
export interface SkillRequirement {
  skillCode: string;
  minimumLevel: SkillLevel;
}

/** What to look for; every criterion given must hold. Statuses default to everyone who has not left. */
export interface PeopleSearchCriteria {
  departmentCodes?: string[];
  grades?: string[];
  profession?: string;
  specialistTrackCode?: string;
  skills?: SkillRequirement[];
  openToMove?: boolean;
  /** Words each found, case-insensitively, anywhere in "given family". */
  name?: string;
  statuses?: string[];
}

/** Where a person sits in the search order: family name, given name, then id to break ties. */
export interface PeopleSearchPosition {
  familyName: string;
  givenName: string;
  id: string;
}
