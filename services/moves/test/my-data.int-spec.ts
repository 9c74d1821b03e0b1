// Moves' part of myData: what its read models hold about the caller, on a real PostgreSQL and Kafka.
import { Identity } from '@civil/auth';
import {
  IntegrationEvent,
  PEOPLE_PERSON_TOPIC,
  PEOPLE_SOURCE,
  PersonRegisteredV1,
  uuidv7,
} from '@civil/contracts';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { createMovesApp } from '../src/app';

const MY_MOVES = `query Mine($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on MyData { personId moves } }
}`;

function personRegistered(personId: string): IntegrationEvent<PersonRegisteredV1> {
  return {
    specversion: '1.0',
    id: uuidv7(),
    source: PEOPLE_SOURCE,
    type: 'PersonRegistered',
    subject: personId,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    aggregateversion: 1,
    traceid: 'moves-my-data-test',
    data: {
      personId,
      departmentCode: 'DfE',
      grade: 'G6',
      profession: 'Economics',
      location: 'Sheffield',
      fte: 0.6,
      startedInPostOn: '2021-09-01',
      status: 'ACTIVE',
    },
  };
}

describe("moves' part of myData (real PostgreSQL and Kafka)", () => {
  let service: ServiceUnderTest;
  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    service.call(identity, query, variables);

  beforeAll(async () => {
    service = await ServiceUnderTest.start({
      service: 'moves',
      topics: [PEOPLE_PERSON_TOPIC],
      create: createMovesApp,
    });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('gives a civil servant what moves took in about them, and nothing about anyone else', async () => {
    const personId = uuidv7();
    const me = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DfE', personId });
    const mine = () => call(me, MY_MOVES, { representations: [{ __typename: 'MyData', personId }] });
    expect((await mine()).data!._entities[0].moves).toEqual({ person: null });

    const event = personRegistered(personId);
    await service.transport.publish(PEOPLE_PERSON_TOPIC, [{ key: personId, value: JSON.stringify(event) }]);

    const moves = await expectEventually(async () => {
      const { data } = await mine();
      expect(data!._entities[0].moves.person).not.toBeNull();
      return data!._entities[0].moves;
    });
    expect(moves.person).toEqual({
      departmentCode: 'DfE',
      grade: 'G6',
      profession: 'Economics',
      location: 'Sheffield',
      fte: 0.6,
      startedInPostOn: '2021-09-01',
      status: 'ACTIVE',
      version: 1,
      updatedAt: expect.any(String),
    });
    const planner = testIdentity({ roles: ['WORKFORCE_PLANNER'], crossGovernment: true, personId: uuidv7() });
    const refused = await call(planner, MY_MOVES, { representations: [{ __typename: 'MyData', personId }] });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
