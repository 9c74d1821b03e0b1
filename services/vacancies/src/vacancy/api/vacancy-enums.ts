import { registerEnumType } from '@nestjs/graphql';
import { VacanciesSchemaScope } from '../../vacancies-schema.scope';
import { VACANCY_STATUSES } from '../domain/vacancy-status';
import { CLEARANCES, SKILL_LEVELS, VACANCY_MOVE_KINDS, VACANCY_VISIBILITIES } from '../domain/vacancy-values';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const VacancyMoveKind = enumOf(VACANCY_MOVE_KINDS);
registerEnumType(VacancyMoveKind, {
  name: 'VacancyMoveKind',
  registerIn: () => VacanciesSchemaScope,
  description:
    'A kind of move a vacancy can be filled by (a secondment out is a person leaving: never advertised)',
});
// The same enum as people's SkillLevel, value for value, so that composition merges the two.
export const SkillLevel = enumOf(SKILL_LEVELS);
registerEnumType(SkillLevel, {
  registerIn: () => VacanciesSchemaScope,
  name: 'SkillLevel',
  description: 'DDaT Capability Framework levels, lowest first: AWARENESS < WORKING < PRACTITIONER < EXPERT',
});
export const VacancyClearance = enumOf(CLEARANCES);
registerEnumType(VacancyClearance, {
  name: 'VacancyClearance',
  registerIn: () => VacanciesSchemaScope,
  description: 'Security clearance a vacancy requires, lowest first: BPSS < CTC < SC < DV',
});
export const VacancyVisibility = enumOf(VACANCY_VISIBILITIES);
registerEnumType(VacancyVisibility, {
  name: 'VacancyVisibility',
  registerIn: () => VacanciesSchemaScope,
  description: 'ALL_DEPARTMENTS: every civil servant may see it; OWN_DEPARTMENT: only its department',
});
export const VacancyStatus = enumOf(VACANCY_STATUSES);
registerEnumType(VacancyStatus, {
  name: 'VacancyStatus',
  registerIn: () => VacanciesSchemaScope,
  description: 'DRAFT -> OPEN -> CLOSED -> FILLED, or CANCELLED (from DRAFT, OPEN or CLOSED)',
});
