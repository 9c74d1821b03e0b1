/** The people service's topics. The version is in the name: a breaking change gets a new topic. */
export const PEOPLE_PERSON_TOPIC = 'people.person.v1';
export const PEOPLE_SOURCE = '/services/people';
