import { registerEnumType } from '@nestjs/graphql';
import { VACANCY_ORDERS } from '../application/vacancy-search.criteria';
import { VacanciesSchemaScope } from '../../vacancies-schema.scope';

export const VacancyOrderEnum = Object.fromEntries(VACANCY_ORDERS.map((order) => [order, order])) as {
  [K in (typeof VACANCY_ORDERS)[number]]: K;
};
registerEnumType(VacancyOrderEnum, {
  name: 'VacancyOrder',
  registerIn: () => VacanciesSchemaScope,
  description:
    'RELEVANCE: best match of the search words first (title above description), newest first without words; ' +
    'CLOSING_DATE: soonest closing first; NEWEST: most recently published first',
});
