import { PersonTenure } from '../domain/tenure-hold.rule';

/** A person as a move needs them, from the people read model. */
export interface PersonForMove extends PersonTenure {
  personId: string;
  departmentCode: string;
  grade: string;
  status: string;
  securityClearance?: string;
}

/** A vacancy as a move into it needs it, from the vacancies read model. */
export interface VacancyForMove {
  vacancyId: string;
  departmentCode: string;
  grade: string;
  profession: string;
  specialism?: string;
  status: string;
  moveKinds: string[];
  visibility: string;
  /** Absent until the read model has taken in the vacancy's published record. */
  closingDate?: string;
  clearanceRequired?: string;
}

/** Port: the read models moves keeps of the people and vacancies it moves people between. */
export abstract class MoveParticipants {
  abstract person(personId: string): Promise<PersonForMove | null>;
  abstract vacancy(vacancyId: string): Promise<VacancyForMove | null>;
}
