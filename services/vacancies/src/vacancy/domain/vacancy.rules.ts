import { Grade, isGrade } from './grade';
import { VacancyRuleViolation } from './vacancy.errors';

const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;
// A bulk campaign (e.g. for work coaches) can advertise many posts at once; beyond this it is a data-entry error.
const MAX_POSTS = 10_000;

export function departmentCode(value: string): string {
  if (!DEPARTMENT_CODE.test(value))
    throw new VacancyRuleViolation(
      'VACANCY.INVALID_DEPARTMENT_CODE',
      'departmentCode',
      'departmentCode must be 2 to 16 letters',
    );
  return value;
}

export function title(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 200)
    throw new VacancyRuleViolation('VACANCY.TITLE_REQUIRED', 'title', 'title must be 1 to 200 characters');
  return trimmed;
}

export function description(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 10_000)
    throw new VacancyRuleViolation(
      'VACANCY.DESCRIPTION_REQUIRED',
      'description',
      'description must be 1 to 10000 characters',
    );
  return trimmed;
}

export function grade(value: string): Grade {
  if (!isGrade(value))
    throw new VacancyRuleViolation(
      'VACANCY.UNKNOWN_GRADE',
      'grade',
      `grade ${value} is not a civil service grade`,
    );
  return value;
}

export function profession(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 64)
    throw new VacancyRuleViolation(
      'VACANCY.PROFESSION_REQUIRED',
      'profession',
      'profession must be 1 to 64 characters',
    );
  return trimmed;
}

export function posts(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_POSTS)
    throw new VacancyRuleViolation(
      'VACANCY.POSTS_OUT_OF_RANGE',
      'posts',
      `posts must be a whole number from 1 to ${MAX_POSTS}`,
    );
  return value;
}

/** FTE per post, in hundredths: 0.1 (a few hours a week) to 1.0 (full time). */
export function ftePerPost(value: number): number {
  if (!Number.isFinite(value) || value < 0.1 || value > 1 || Math.round(value * 100) !== value * 100)
    throw new VacancyRuleViolation(
      'VACANCY.FTE_OUT_OF_RANGE',
      'ftePerPost',
      'ftePerPost must be between 0.1 and 1.0, in hundredths',
    );
  return value;
}
