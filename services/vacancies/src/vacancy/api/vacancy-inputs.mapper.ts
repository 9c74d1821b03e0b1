import { GraphQLError } from 'graphql';
import { CreateVacancyProps, VacancyChanges } from '../domain/vacancy.aggregate';
import { VacancyIncomplete } from '../domain/vacancy.errors';
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

/**
 * An incomplete vacancy is refused with every missing field at once: `missing` names them, `problems` says what is
 * wrong with each, so a form can mark them all.
 */
export async function reportingMissing<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof VacancyIncomplete)) throw error;
    throw new GraphQLError(error.message, {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: error.code,
        missing: [...new Set(error.missing.map((item) => item.field))],
        problems: error.missing,
      },
    });
  }
}
