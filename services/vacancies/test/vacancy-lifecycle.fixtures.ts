// Shared by the vacancy lifecycle and post reservation integration tests: operations, complete inputs, a clock the
// test moves, and a way to open a vacancy in one call.
import { Identity } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { ServiceUnderTest } from '@civil/service-testing';

export const VACANCY_FIELDS = `id departmentCode title status version posts postsReserved postsFilled postsLeft
  moveKinds locations remotePossible behaviours closingDate durationMonths hoursPerWeek visibility createdBy
  publishedAt closedAt cancellationReason requiredSkills { skillCode minimumLevel essential }`;
export const CREATE = `mutation Create($input: CreateVacancyInput!) { createVacancy(input: $input) { ${VACANCY_FIELDS} } }`;
export const UPDATE = `mutation Update($id: ID!, $input: UpdateVacancyInput!, $v: Int!) {
  updateVacancy(id: $id, input: $input, expectedVersion: $v) { ${VACANCY_FIELDS} }
}`;
export const PUBLISH = `mutation Publish($id: ID!, $v: Int) { publishVacancy(id: $id, expectedVersion: $v) { ${VACANCY_FIELDS} } }`;
export const CLOSE = `mutation Close($id: ID!) { closeVacancy(id: $id) { ${VACANCY_FIELDS} } }`;
export const CANCEL = `mutation Cancel($id: ID!, $reason: String!) { cancelVacancy(id: $id, reason: $reason) { ${VACANCY_FIELDS} } }`;
export const VACANCY = `query Vacancy($id: ID!) { vacancy(id: $id) { ${VACANCY_FIELDS} } }`;

/** A clock the test moves forward; the service reads it for every rule about dates. */
export class ControlledClock implements Clock {
  private at: number;
  constructor(start = new Date()) {
    this.at = start.getTime();
  }
  now(): Date {
    return new Date(this.at);
  }
  advanceDays(days: number): void {
    this.at += days * 86_400_000;
  }
}

/** The UTC date `days` after the clock's today, as closing dates are written. */
export const daysAfter = (clock: Clock, days: number) =>
  new Date(clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Everything publishing needs, for a permanent move in DSIT. */
export const completeInput = (clock: Clock, overrides: Record<string, unknown> = {}) => ({
  departmentCode: 'DSIT',
  title: 'Senior data scientist',
  description: 'Lead data science for a policy team.',
  grade: 'G7',
  profession: 'Digital, Data and Technology',
  posts: 2,
  ftePerPost: 1,
  moveKinds: ['LEVEL_TRANSFER', 'PROMOTION'],
  locations: ['London', 'Manchester'],
  behaviours: ['Working Together', 'Delivering at Pace'],
  requiredSkills: [{ skillCode: 'DDAT.DATA_SCIENCE', minimumLevel: 'PRACTITIONER', essential: true }],
  closingDate: daysAfter(clock, 60),
  ...overrides,
});

/** Drafts and publishes a complete vacancy; returns it as publishVacancy answered. */
export async function openVacancy(
  service: ServiceUnderTest,
  identity: Identity,
  clock: Clock,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; [field: string]: unknown }> {
  const created = await service.call(identity, CREATE, { input: completeInput(clock, overrides) });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const published = await service.call(identity, PUBLISH, { id: created.data!.createVacancy.id });
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return published.data!.publishVacancy;
}
