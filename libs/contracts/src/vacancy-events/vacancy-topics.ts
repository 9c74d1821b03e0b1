/** The vacancies service's topics. The version is in the name: a breaking change gets a new topic. */
export const VACANCIES_VACANCY_TOPIC = 'vacancies.vacancy.v1';
export const VACANCIES_ESTABLISHMENT_TOPIC = 'vacancies.establishment.v1';
/** Alerts for saved searches: what a notification sender consumes. */
export const VACANCIES_ALERT_TOPIC = 'vacancies.alert.v1';
export const VACANCIES_SOURCE = '/services/vacancies';
