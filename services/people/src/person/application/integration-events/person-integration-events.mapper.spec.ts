import {
  PersonDetailsChanged,
  PersonLeft,
  PersonPreferencesChanged,
  PersonRegistered,
  PersonSkillsChanged,
  PersonTrackChanged,
  uuidv7,
  validateEvent,
} from '@civil/contracts';
import { TenurePolicy } from '../../domain/tenure.rule';
import { Person } from '../../domain/person.aggregate';
import { toIntegrationEvent } from './person-integration-events.mapper';

describe('toIntegrationEvent', () => {
  const person = (location?: string) =>
    Person.register(
      '0190f6a2-1111-7000-8000-000000000001',
      {
        staffNumber: 'AB1234',
        givenName: 'Grace',
        familyName: 'Hopper',
        workEmail: 'grace.hopper@dsit.gov.uk',
        departmentCode: 'DSIT',
        grade: 'SEO',
        profession: 'Digital, Data and Technology',
        location,
        fte: 1,
        startedInPostOn: '2024-09-02',
      },
      new Date('2026-11-24T10:00:00Z'),
    );

  it('maps PersonRegistered onto the v1 contract, which it satisfies', () => {
    const outgoing = toIntegrationEvent(person('Bristol').pullEvents()[0]);
    expect(outgoing).toMatchObject({
      definition: PersonRegistered,
      subject: '0190f6a2-1111-7000-8000-000000000001',
      aggregateVersion: 1,
    });
    const envelope = {
      specversion: '1.0',
      id: uuidv7(),
      source: '/services/people',
      type: 'PersonRegistered',
      subject: outgoing.subject,
      time: '2026-11-24T10:00:00.000Z',
      datacontenttype: 'application/json',
      aggregateversion: 1,
      traceid: 't',
      data: outgoing.data,
    };
    expect(validateEvent(envelope, PersonRegistered).data).toEqual({
      personId: '0190f6a2-1111-7000-8000-000000000001',
      departmentCode: 'DSIT',
      grade: 'SEO',
      profession: 'Digital, Data and Technology',
      location: 'Bristol',
      fte: 1,
      startedInPostOn: '2024-09-02',
      status: 'ACTIVE',
    });
  });

  it('leaves location out when there is none', () => {
    expect(toIntegrationEvent(person().pullEvents()[0]).data).not.toHaveProperty('location');
  });

  const policy: TenurePolicy = { defaultMonths: 12, gradeMonths: new Map(), trackMonths: new Map() };
  const envelopeOf = (outgoing: ReturnType<typeof toIntegrationEvent>) => ({
    specversion: '1.0',
    id: uuidv7(),
    source: '/services/people',
    type: outgoing.definition.type,
    subject: outgoing.subject,
    time: '2026-11-24T10:00:00.000Z',
    datacontenttype: 'application/json',
    aggregateversion: outgoing.aggregateVersion,
    traceid: 't',
    data: outgoing.data,
  });

  it('maps every later change onto its contract, in one version sequence, with tenure dates and no personal data', () => {
    const subject = person('Bristol');
    const now = new Date('2026-11-24T10:00:00Z');
    subject.changeDetails({ givenName: 'Amazing Grace', fte: 0.6 }, now, policy);
    subject.setSkills(
      [{ skillCode: 'DDAT.X', level: 'EXPERT', evidence: 'Wrote COBOL compiler secretly' }],
      now,
      policy,
    );
    subject.setMobilityPreferences(
      {
        openToMove: true,
        moveKindsWanted: ['LOAN'],
        departmentsWanted: ['HMRC'],
        locationsWanted: ['Leeds'],
        shareProfileAcrossDepartments: true,
      },
      now,
      policy,
    );
    subject.joinSpecialistTrack(
      {
        code: 'DDAT.DATA_SCIENCE',
        profession: 'Digital, Data and Technology',
        specialism: 'Data science',
        gradeLadder: ['HEO', 'SEO', 'G7'],
      },
      '2026-11-24',
      now,
      policy,
    );
    subject.recordLeaver('2026-12-31', now, policy);
    const outgoing = subject.pullEvents().map(toIntegrationEvent);

    expect(outgoing.map((event) => [event.definition, event.aggregateVersion])).toEqual([
      [PersonRegistered, 1],
      [PersonDetailsChanged, 2],
      [PersonSkillsChanged, 3],
      [PersonPreferencesChanged, 4],
      [PersonTrackChanged, 5],
      [PersonLeft, 6],
    ]);
    for (const event of outgoing) {
      expect(() => validateEvent(envelopeOf(event), event.definition)).not.toThrow();
      expect(JSON.stringify(event.data)).not.toMatch(/Grace|Hopper|dsit\.gov\.uk|COBOL/);
    }
    expect(outgoing[1].data).toMatchObject({
      fte: 0.6,
      minimumTermEndsOn: '2025-09-02',
      eligibleToMoveFrom: '2025-09-02',
    });
    expect(outgoing[2].data).toEqual({
      personId: subject.id,
      skills: [{ skillCode: 'DDAT.X', level: 'EXPERT' }],
      skillsToDevelop: [],
      minimumTermEndsOn: '2025-09-02',
      eligibleToMoveFrom: '2025-09-02',
    });
    expect(outgoing[3].data).toMatchObject({
      shareProfileAcrossDepartments: true,
      moveKindsWanted: ['LOAN'],
    });
    // What moves needs for the tenure exception (a promotion along the person's own track).
    expect(outgoing[4].data).toEqual({
      personId: subject.id,
      specialistTrackCode: 'DDAT.DATA_SCIENCE',
      joinedOn: '2026-11-24',
      trackProfession: 'Digital, Data and Technology',
      trackSpecialism: 'Data science',
      trackGrades: ['HEO', 'SEO', 'G7'],
      minimumTermEndsOn: '2025-09-02',
      eligibleToMoveFrom: '2025-09-02',
    });
  });

  it('leaves the track details out when the person leaves their track', () => {
    const subject = person();
    const now = new Date('2026-11-24T10:00:00Z');
    subject.joinSpecialistTrack(
      { code: 'DDAT.DATA_SCIENCE', profession: 'Digital, Data and Technology', gradeLadder: ['SEO'] },
      '2026-11-24',
      now,
      policy,
    );
    subject.leaveSpecialistTrack(now, policy);
    const [, joined, left] = subject.pullEvents().map(toIntegrationEvent);
    expect(joined.data).toMatchObject({
      trackProfession: 'Digital, Data and Technology',
      trackGrades: ['SEO'],
    });
    expect(joined.data).not.toHaveProperty('trackSpecialism');
    expect(left.data).toEqual({
      personId: subject.id,
      minimumTermEndsOn: '2025-09-02',
      eligibleToMoveFrom: '2025-09-02',
    });
  });
});
