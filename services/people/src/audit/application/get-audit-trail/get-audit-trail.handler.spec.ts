import { Identity } from '@civil/auth';
import { ForbiddenError, NotFoundError, requestContext } from '@civil/platform';
import { Person } from '../../../person/domain/person.aggregate';
import { InMemoryPersonRepository } from '../../../person/testing/in-memory-people';
import { AuditTrailEntry } from '../audit-trail-entry';
import { InvalidAuditTrailCursor } from '../audit-trail-cursor';
import { InMemoryAuditTrail } from '../../testing/in-memory-audit-trail';
import { GetAuditTrailHandler } from './get-audit-trail.handler';
import { GetAuditTrailQuery } from './get-audit-trail.query';

const SUBJECT = '0190f6a2-1111-7000-8000-000000000001';
const OTHER = '0190f6a2-1111-7000-8000-000000000002';
const hr = (departmentCode: string, crossGovernment = false): Identity => ({
  subject: `hr-${departmentCode}`,
  roles: ['HR_ADMIN'],
  departmentCode,
  crossGovernment,
});

function entry(minute: number, subjectPersonId = SUBJECT): AuditTrailEntry {
  const suffix = String(minute).padStart(12, '0');
  return {
    entryId: `0190f6a2-2222-7000-8000-${suffix}`,
    eventId: `0190f6a2-3333-7000-8000-${suffix}`,
    service: 'people',
    occurredAt: new Date(Date.UTC(2026, 10, 24, 10, minute)).toISOString(),
    actorSubject: 'someone',
    actorRoles: ['HR_ADMIN'],
    action: 'READ',
    operation: 'Query.person',
    recordType: 'Person',
    recordId: subjectPersonId,
    subjectPersonId,
    traceId: 't',
  };
}

async function setup() {
  const people = new InMemoryPersonRepository();
  await people.add(
    Person.register(
      SUBJECT,
      {
        staffNumber: 'DWP0001',
        givenName: 'Mary',
        familyName: 'Jackson',
        workEmail: 'mary.jackson@dwp.gov.uk',
        departmentCode: 'DWP',
        grade: 'HEO',
        profession: 'Operational Delivery',
        fte: 1,
        startedInPostOn: '2023-01-09',
      },
      new Date(),
    ),
  );
  const trail = new InMemoryAuditTrail();
  for (const minute of [1, 2, 3, 4, 5]) await trail.append(entry(minute));
  await trail.append(entry(6, OTHER));
  return new GetAuditTrailHandler(people, trail);
}

describe('GetAuditTrailHandler', () => {
  it("pages through the subject's entries newest first, each page starting after the cursor of the last entry", async () => {
    const handler = await setup();
    const page = (after?: string) => handler.execute(new GetAuditTrailQuery(SUBJECT, 2, after, hr('DWP')));

    const first = await page();
    const second = await page(first.at(-1)!.cursor);
    const last = await page(second.at(-1)!.cursor);
    const beyond = await page(last.at(-1)!.cursor);

    const minutes = (entries: typeof first) =>
      entries.map((entry) => new Date(entry.occurredAt).getUTCMinutes());
    expect([minutes(first), minutes(second), minutes(last), minutes(beyond)]).toEqual([
      [5, 4],
      [3, 2],
      [1],
      [],
    ]);
  });

  it("lets the subject's department HR and cross-government HR in, records their role, and no other HR", async () => {
    const handler = await setup();
    const context = { traceId: 't', identity: hr('CO', true) };

    await requestContext.run(context, () =>
      handler.execute(new GetAuditTrailQuery(SUBJECT, 10, undefined, hr('CO', true))),
    );

    expect(context).toMatchObject({ actingAs: 'HR_ADMIN' });
    await expect(
      handler.execute(new GetAuditTrailQuery(SUBJECT, 10, undefined, hr('HMRC'))),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('answers NOT_FOUND for someone who is not a person here, and refuses a forged cursor', async () => {
    const handler = await setup();

    await expect(
      handler.execute(new GetAuditTrailQuery(OTHER, 10, undefined, hr('DWP'))),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      handler.execute(new GetAuditTrailQuery(SUBJECT, 10, 'forged', hr('DWP'))),
    ).rejects.toBeInstanceOf(InvalidAuditTrailCursor);
  });
});
