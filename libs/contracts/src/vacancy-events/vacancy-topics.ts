/** The vacancies service's topics. The version is in the name: a breaking change gets a new topic. */
export const VACANCIES_VACANCY_TOPIC = 'vacancies.vacancy.v1';
export const VACANCIES_SOURCE = '/services/vacancies';
