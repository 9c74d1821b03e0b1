import { MobilityPreferences, RegisterPersonProps } from '../person/domain/person.aggregate';
import { PersonSkill } from '../person/domain/skill';

/**
 * One row of the HR feed, parsed into what the Person aggregate takes. Shape only: the aggregate applies the rules,
 * the reference check applies the catalogue.
 */
export interface PersonImportRow {
  /** The row's first line in the file (a quoted cell may span several). */
  line: number;
  register: RegisterPersonProps;
  skills: PersonSkill[];
  skillsToDevelop: string[];
  preferences: MobilityPreferences;
  track?: { code: string; joinedOn: string };
}

/** A row the import refuses, with the reason a person fixing the feed needs. */
export interface RejectedRow {
  file: string;
  line: number;
  staffNumber?: string;
  code: string;
  column: string;
  reason: string;
}

export class ImportRowError extends Error {
  constructor(
    readonly code: string,
    readonly column: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportRowError';
  }
}
