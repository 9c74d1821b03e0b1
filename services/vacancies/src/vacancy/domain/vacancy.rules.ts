import { Grade, isGrade } from './grade';
import { MissingItem, VacancyRuleViolation } from './vacancy.errors';
import {
  BEHAVIOURS,
  Behaviour,
  Clearance,
  CLEARANCES,
  isOneOf,
  RequiredSkill,
  SKILL_LEVELS,
  TEMPORARY_MOVE_KINDS,
  VACANCY_MOVE_KINDS,
  VACANCY_VISIBILITIES,
  VacancyMoveKind,
  VacancyVisibility,
} from './vacancy-values';

const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A bulk campaign (e.g. for work coaches) can advertise many posts at once; beyond this it is a data-entry error.
const MAX_POSTS = 10_000;
/** Cabinet Office loan policy: normally up to 2 years; longer needs a written case. */
export const LOAN_NORMAL_MAX_MONTHS = 24;
/** DOMAIN.md: a secondment in (e.g. DSIT Expert Exchange) is up to 9 months per placement. */
export const SECONDMENT_IN_MAX_MONTHS = 9;
/** A full-time week in the civil service (37 hours, 36 in London): more is not a short assignment. */
const MAX_HOURS_PER_WEEK = 37;

const violation = (
  code: ConstructorParameters<typeof VacancyRuleViolation>[0],
  field: string,
  message: string,
) => new VacancyRuleViolation(code, field, message);

export function departmentCode(value: string): string {
  if (!DEPARTMENT_CODE.test(value))
    throw violation(
      'VACANCY.INVALID_DEPARTMENT_CODE',
      'departmentCode',
      'departmentCode must be 2 to 16 letters',
    );
  return value;
}

export function title(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 200)
    throw violation('VACANCY.TITLE_REQUIRED', 'title', 'title must be 1 to 200 characters');
  return trimmed;
}

export function description(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 10_000)
    throw violation(
      'VACANCY.DESCRIPTION_REQUIRED',
      'description',
      'description must be 1 to 10000 characters',
    );
  return trimmed;
}

export function grade(value: string): Grade {
  if (!isGrade(value))
    throw violation('VACANCY.UNKNOWN_GRADE', 'grade', `grade ${value} is not a civil service grade`);
  return value;
}

export function profession(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 64)
    throw violation('VACANCY.PROFESSION_REQUIRED', 'profession', 'profession must be 1 to 64 characters');
  return trimmed;
}

/** Optional; empty means none. */
export function specialism(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > 64)
    throw violation('VACANCY.INVALID_SPECIALISM', 'specialism', 'specialism must be at most 64 characters');
  return trimmed.length === 0 ? null : trimmed;
}

export function posts(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_POSTS)
    throw violation(
      'VACANCY.POSTS_OUT_OF_RANGE',
      'posts',
      `posts must be a whole number from 1 to ${MAX_POSTS}`,
    );
  return value;
}

/** FTE per post, in hundredths: 0.1 (a few hours a week) to 1.0 (full time). */
export function ftePerPost(value: number): number {
  if (!Number.isFinite(value) || value < 0.1 || value > 1 || Math.round(value * 100) !== value * 100)
    throw violation(
      'VACANCY.FTE_OUT_OF_RANGE',
      'ftePerPost',
      'ftePerPost must be between 0.1 and 1.0, in hundredths',
    );
  return value;
}

export function moveKinds(values: readonly string[]): VacancyMoveKind[] {
  const unknown = values.filter((value) => !isOneOf(VACANCY_MOVE_KINDS, value));
  if (unknown.length > 0)
    throw violation(
      'VACANCY.UNKNOWN_MOVE_KIND',
      'moveKinds',
      `not a kind of move a vacancy offers: ${unknown.join(', ')}`,
    );
  return VACANCY_MOVE_KINDS.filter((kind) => values.includes(kind));
}

export function locations(values: readonly string[]): string[] {
  const trimmed = [...new Set(values.map((value) => value.trim()))];
  if (trimmed.length > 50 || trimmed.some((value) => value.length === 0 || value.length > 64))
    throw violation(
      'VACANCY.INVALID_LOCATIONS',
      'locations',
      'locations: at most 50, each 1 to 64 characters',
    );
  return trimmed;
}

export function requiredSkills(values: readonly RequiredSkill[]): RequiredSkill[] {
  const codes = values.map((skill) => skill.skillCode.trim());
  const bad =
    values.length > 50 ||
    new Set(codes).size !== codes.length ||
    codes.some((code) => code.length === 0 || code.length > 96) ||
    values.some((skill) => !isOneOf(SKILL_LEVELS, skill.minimumLevel));
  if (bad)
    throw violation(
      'VACANCY.INVALID_SKILLS',
      'requiredSkills',
      'requiredSkills: at most 50, each a distinct skill code with a level AWARENESS, WORKING, PRACTITIONER or EXPERT',
    );
  return values.map((skill, index) => ({
    skillCode: codes[index],
    minimumLevel: skill.minimumLevel,
    essential: skill.essential,
  }));
}

export function behaviours(values: readonly string[]): Behaviour[] {
  const unknown = values.filter((value) => !isOneOf(BEHAVIOURS, value));
  if (unknown.length > 0)
    throw violation(
      'VACANCY.UNKNOWN_BEHAVIOUR',
      'behaviours',
      `not a Success Profiles behaviour: ${unknown.join(', ')} (one of: ${BEHAVIOURS.join('; ')})`,
    );
  return BEHAVIOURS.filter((behaviour) => values.includes(behaviour));
}

export function clearanceRequired(value: string | null): Clearance | null {
  if (value === null) return null;
  if (!isOneOf(CLEARANCES, value))
    throw violation(
      'VACANCY.UNKNOWN_CLEARANCE',
      'clearanceRequired',
      'clearanceRequired must be BPSS, CTC, SC or DV',
    );
  return value;
}

export function closingDate(value: string | null): string | null {
  if (value === null) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw violation('VACANCY.INVALID_CLOSING_DATE', 'closingDate', 'closingDate must be a date (YYYY-MM-DD)');
  return value;
}

export function durationMonths(value: number | null): number | null {
  if (value !== null && (!Number.isInteger(value) || value < 1 || value > 120))
    throw violation(
      'VACANCY.DURATION_OUT_OF_RANGE',
      'durationMonths',
      'durationMonths must be 1 to 120 months',
    );
  return value;
}

export function loanJustification(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > 5_000)
    throw violation(
      'VACANCY.INVALID_LOAN_JUSTIFICATION',
      'loanJustification',
      'loanJustification: at most 5000 characters',
    );
  return trimmed.length === 0 ? null : trimmed;
}

export function hoursPerWeek(value: number | null): number | null {
  if (
    value !== null &&
    (!Number.isFinite(value) ||
      value < 1 ||
      value > MAX_HOURS_PER_WEEK ||
      Math.round(value * 10) !== value * 10)
  )
    throw violation(
      'VACANCY.HOURS_OUT_OF_RANGE',
      'hoursPerWeek',
      `hoursPerWeek must be 1 to ${MAX_HOURS_PER_WEEK}, in tenths`,
    );
  return value;
}

export function visibility(value: string): VacancyVisibility {
  if (!isOneOf(VACANCY_VISIBILITIES, value))
    throw violation(
      'VACANCY.UNKNOWN_VISIBILITY',
      'visibility',
      'visibility must be ALL_DEPARTMENTS or OWN_DEPARTMENT',
    );
  return value;
}

/** What publication needs beyond the draft's own field rules. */
export interface PublishableFields {
  moveKinds: readonly VacancyMoveKind[];
  locations: readonly string[];
  remotePossible: boolean;
  behaviours: readonly string[];
  closingDate: string | null;
  durationMonths: number | null;
  loanJustification: string | null;
  hoursPerWeek: number | null;
}

/**
 * Everything that keeps a vacancy from being open, all at once (empty = it may open). `today` is the UTC date of the
 * check: the closing date must be after it, so a vacancy is open for at least one whole day.
 */
export function missingForPublication(v: PublishableFields, today: string): MissingItem[] {
  const missing: MissingItem[] = [];
  const add = (field: string, problem: string) => missing.push({ field, problem });
  if (v.moveKinds.length === 0) add('moveKinds', 'is required: at least one kind of move offered');
  if (v.locations.length === 0 && !v.remotePossible)
    add('locations', 'is required: at least one location, unless remote work is possible');
  if (v.behaviours.length === 0) add('behaviours', 'is required: at least one Success Profiles behaviour');
  if (v.closingDate === null) add('closingDate', 'is required');
  else if (v.closingDate <= today) add('closingDate', `must be after today (${today})`);
  const temporary = v.moveKinds.some((kind) => TEMPORARY_MOVE_KINDS.includes(kind));
  if (temporary && v.durationMonths === null)
    add('durationMonths', 'is required for a loan, secondment in or short assignment');
  if (!temporary && v.durationMonths !== null)
    add('durationMonths', 'applies only to a loan, secondment in or short assignment');
  if (
    v.moveKinds.includes('SECONDMENT_IN') &&
    v.durationMonths !== null &&
    v.durationMonths > SECONDMENT_IN_MAX_MONTHS
  )
    add('durationMonths', `must be at most ${SECONDMENT_IN_MAX_MONTHS} months for a secondment in`);
  if (
    v.moveKinds.includes('LOAN') &&
    v.durationMonths !== null &&
    v.durationMonths > LOAN_NORMAL_MAX_MONTHS &&
    v.loanJustification === null
  )
    add('loanJustification', `is required for a loan over ${LOAN_NORMAL_MAX_MONTHS} months`);
  const shortAssignment = v.moveKinds.includes('SHORT_ASSIGNMENT');
  if (shortAssignment && v.hoursPerWeek === null) add('hoursPerWeek', 'is required for a short assignment');
  if (!shortAssignment && v.hoursPerWeek !== null) add('hoursPerWeek', 'applies only to a short assignment');
  return missing;
}

// en-CA writes dates as YYYY-MM-DD.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The UK calendar date of an instant, as closing dates are written: a vacancy closing on 1 July takes applications
 * until midnight in London, which in summer is 11 p.m. UTC.
 */
export const dateOf = (instant: Date): string => LONDON_DAY.format(instant);
