import { Grade, isGrade } from './grade';
import { PersonRuleViolation } from './person.errors';

// The staff-number formats departments issue differ; what they share is short, upper-case letters and digits.
const STAFF_NUMBER = /^[A-Z0-9]{4,16}$/;
// Deliberately simple: a local part, an @ and a dotted domain. Deliverability is the mail system's job.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function staffNumber(value: string): string {
  const normalised = value.trim().toUpperCase();
  if (!STAFF_NUMBER.test(normalised))
    throw new PersonRuleViolation(
      'PERSON.INVALID_STAFF_NUMBER',
      'staffNumber',
      'staffNumber must be 4 to 16 letters or digits',
    );
  return normalised;
}

export function personName(value: string, field: 'givenName' | 'familyName'): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 100)
    throw new PersonRuleViolation('PERSON.NAME_REQUIRED', field, `${field} must be 1 to 100 characters`);
  return trimmed;
}

/** Work emails compare case-insensitively, so they are stored lower-case and uniqueness holds across spellings. */
export function workEmail(value: string): string {
  const normalised = value.trim().toLowerCase();
  if (normalised.length > 254 || !EMAIL.test(normalised))
    throw new PersonRuleViolation(
      'PERSON.INVALID_WORK_EMAIL',
      'workEmail',
      'workEmail must be an email address',
    );
  return normalised;
}

export function departmentCode(value: string): string {
  if (!DEPARTMENT_CODE.test(value))
    throw new PersonRuleViolation(
      'PERSON.INVALID_DEPARTMENT_CODE',
      'departmentCode',
      'departmentCode must be 2 to 16 letters',
    );
  return value;
}

export function grade(value: string): Grade {
  if (!isGrade(value))
    throw new PersonRuleViolation(
      'PERSON.UNKNOWN_GRADE',
      'grade',
      `grade ${value} is not a civil service grade`,
    );
  return value;
}

export function profession(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 64)
    throw new PersonRuleViolation(
      'PERSON.PROFESSION_REQUIRED',
      'profession',
      'profession must be 1 to 64 characters',
    );
  return trimmed;
}

/** Full-time equivalent, in hundredths: 0.1 is the smallest contract HR systems record, 1.0 is full time. */
export function fte(value: number): number {
  if (!Number.isFinite(value) || value < 0.1 || value > 1 || Math.round(value * 100) !== value * 100)
    throw new PersonRuleViolation(
      'PERSON.FTE_OUT_OF_RANGE',
      'fte',
      'fte must be between 0.1 and 1.0, in hundredths',
    );
  return value;
}

export function calendarDate(value: string, field: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw new PersonRuleViolation(
      'PERSON.INVALID_START_DATE',
      field,
      `${field} must be a calendar date (YYYY-MM-DD)`,
    );
  return value;
}

/** Any other calendar date on the record (end dates, leaving date, earliest move). */
export function optionalDate(value: string | null | undefined, field: string): string | undefined {
  // GraphQL clients send null for "none" as often as they leave a field out.
  if (value === undefined || value === null) return undefined;
  try {
    return calendarDate(value, field);
  } catch {
    throw new PersonRuleViolation(
      'PERSON.INVALID_DATE',
      field,
      `${field} must be a calendar date (YYYY-MM-DD)`,
    );
  }
}

/** Optional short text on the employment record (home organisation, clearance): blank is absent. */
export function optionalText(value: string | undefined, max: number, field: string): string | undefined {
  const trimmed = value?.trim();
  if (trimmed && trimmed.length > max)
    throw new PersonRuleViolation(
      'PERSON.INVALID_EMPLOYMENT',
      field,
      `${field} must be at most ${max} characters`,
    );
  return trimmed || undefined;
}
