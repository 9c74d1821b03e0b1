/** Where a person stands. Registration always starts ACTIVE; loans and secondments change it later. */
export const PERSON_STATUSES = ['ACTIVE', 'ON_LOAN', 'ON_SECONDMENT', 'LEFT'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
