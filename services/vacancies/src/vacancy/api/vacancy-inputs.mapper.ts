import { CreateVacancyProps, VacancyChanges } from '../domain/vacancy.aggregate';
import { CreateVacancyInput, UpdateVacancyInput } from './create-vacancy.input';

/** Optional details a client clears by sending null; on any other field null means "leave as it is". */
const CLEARABLE: ReadonlySet<string> = new Set([
  'specialism',
  'clearanceRequired',
  'closingDate',
  'durationMonths',
  'loanJustification',
  'hoursPerWeek',
]);

function withoutNulls(input: object): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value !== null && value !== undefined) kept[field] = value;
    else if (value === null && CLEARABLE.has(field)) kept[field] = null;
  }
  return kept;
}

export const toCreateProps = (input: CreateVacancyInput) =>
  withoutNulls(input) as unknown as CreateVacancyProps;
export const toChanges = (input: UpdateVacancyInput) => withoutNulls(input) as VacancyChanges;
