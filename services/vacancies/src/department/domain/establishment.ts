import { DepartmentRuleViolation } from './department.errors';

/**
 * Funded posts for one department x profession x grade from a date on. Rows are only ever appended: a later row for
 * the same line and date replaces the earlier one's value, and fte 0 ends the line.
 */
export interface EstablishmentEntry {
  departmentCode: string;
  profession: string;
  grade: string;
  /** FTE in hundredths (12.5 = twelve and a half posts). */
  fte: number;
  /** ISO calendar date from which the value is in force. */
  effectiveFrom: string;
}

/** A line in force at a date: the latest entry for its profession x grade on or before it, with fte above 0. */
export interface EstablishmentLine {
  departmentCode: string;
  profession: string;
  grade: string;
  fte: number;
  effectiveFrom: string;
}

/** The ceiling the EstablishmentChanged contract accepts: far above any department's line (DWP has ~90,000 FTE). */
export const MAXIMUM_LINE_FTE = 1_000_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Posts are counted in hundredths of an FTE: a finer value is a typing slip, not a plan. */
function inHundredths(fte: number): boolean {
  return Math.abs(fte * 100 - Math.round(fte * 100)) < 1e-6;
}

/** `grades`: the service's grade list (vacancy/domain/grade.ts), passed in so this folder stays self-contained. */
export function establishmentEntry(props: EstablishmentEntry, grades: readonly string[]): EstablishmentEntry {
  if (!grades.includes(props.grade))
    throw new DepartmentRuleViolation('ESTABLISHMENT.UNKNOWN_GRADE', 'grade', `Unknown grade ${props.grade}`);
  const profession = props.profession.trim();
  if (profession.length === 0 || profession.length > 64)
    throw new DepartmentRuleViolation(
      'ESTABLISHMENT.PROFESSION_REQUIRED',
      'profession',
      'A profession is 1 to 64 characters',
    );
  if (
    !Number.isFinite(props.fte) ||
    props.fte < 0 ||
    props.fte > MAXIMUM_LINE_FTE ||
    !inHundredths(props.fte)
  )
    throw new DepartmentRuleViolation(
      'ESTABLISHMENT.FTE_OUT_OF_RANGE',
      'fte',
      `FTE is 0 to ${MAXIMUM_LINE_FTE} in hundredths (0 ends the line)`,
    );
  if (!isCalendarDate(props.effectiveFrom))
    throw new DepartmentRuleViolation(
      'ESTABLISHMENT.INVALID_DATE',
      'effectiveFrom',
      'effectiveFrom must be a calendar date (YYYY-MM-DD)',
    );
  return { ...props, profession, fte: Math.round(props.fte * 100) / 100 };
}

/** The event subject and Kafka key: every change to one line keeps its order. */
export function establishmentSubject(
  line: Pick<EstablishmentEntry, 'departmentCode' | 'profession' | 'grade'>,
) {
  return `${line.departmentCode}/${line.profession}/${line.grade}`;
}
