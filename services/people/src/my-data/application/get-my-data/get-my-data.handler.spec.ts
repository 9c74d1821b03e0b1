import { Identity } from '@civil/auth';
import { ForbiddenError } from '@civil/platform';
import { InMemoryAuditTrail } from '../../../audit/testing/in-memory-audit-trail';
import { Person } from '../../../person/domain/person.aggregate';
import { fixedClock, InMemoryPersonRepository } from '../../../person/testing/in-memory-people';
import { GetMyDataHandler } from './get-my-data.handler';
import { GetMyDataQuery } from './get-my-data.query';

const ME = '0190f6a2-1111-7000-8000-000000000001';
const HR = '0190f6a2-1111-7000-8000-000000000002';
const me: Identity = { subject: 'me', roles: ['EMPLOYEE'], personId: ME, crossGovernment: false };

const entry = (n: number, parts: { actorPersonId?: string; subjectPersonId?: string }) => ({
  entryId: `0190f6a2-2222-7000-8000-00000000000${n}`,
  eventId: `0190f6a2-3333-7000-8000-00000000000${n}`,
  service: 'people',
  occurredAt: `2026-11-24T10:0${n}:00.000Z`,
  actorSubject: 'x',
  actorRoles: [],
  action: 'READ' as const,
  operation: 'Query.person',
  recordType: 'Person',
  recordId: parts.subjectPersonId ?? 'v',
  traceId: 't',
  ...parts,
});

async function setup() {
  const people = new InMemoryPersonRepository();
  await people.add(
    Person.register(
      ME,
      {
        staffNumber: 'HO0001',
        givenName: 'Dorothy',
        familyName: 'Vaughan',
        workEmail: 'dorothy.vaughan@homeoffice.gov.uk',
        departmentCode: 'HO',
        grade: 'SEO',
        profession: 'Policy',
        fte: 1,
        startedInPostOn: '2022-05-03',
      },
      new Date(),
    ),
  );
  const trail = new InMemoryAuditTrail();
  await trail.append(entry(1, { actorPersonId: HR, subjectPersonId: ME }));
  await trail.append(entry(2, { actorPersonId: ME, subjectPersonId: HR }));
  await trail.append(entry(3, { actorPersonId: HR, subjectPersonId: HR }));
  return new GetMyDataHandler(people, trail, fixedClock('2026-11-25T09:00:00Z'));
}

describe('GetMyDataHandler', () => {
  it("gathers the caller's record, what was done about them and what they did, stamped with the clock", async () => {
    const handler = await setup();

    const document = await handler.execute(new GetMyDataQuery(ME, me));

    expect(document).toMatchObject({
      personId: ME,
      generatedAt: new Date('2026-11-25T09:00:00Z'),
      profile: { id: ME, workEmail: 'dorothy.vaughan@homeoffice.gov.uk', grade: 'SEO' },
    });
    expect(document.auditTrail.map((e) => e.entryId)).toEqual([entry(1, {}).entryId]);
    expect(document.auditedActions.map((e) => e.entryId)).toEqual([entry(2, {}).entryId]);
  });

  it("refuses anyone else's data, whatever their roles", async () => {
    const handler = await setup();
    const hrAdmin: Identity = { subject: 'hr', roles: ['HR_ADMIN'], personId: HR, crossGovernment: true };

    await expect(handler.execute(new GetMyDataQuery(ME, hrAdmin))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
