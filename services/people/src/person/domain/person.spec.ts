import { Person, RegisterPersonProps } from './person.aggregate';
import { PersonRegisteredDomainEvent } from './person-registered.domain-event';
import { PersonRuleViolation } from './person.errors';

const now = new Date('2026-11-24T10:00:00Z');
const id = '0190f6a2-1111-7000-8000-000000000001';

function props(overrides: Partial<RegisterPersonProps> = {}): RegisterPersonProps {
  return {
    staffNumber: 'hm123456',
    givenName: ' Ada ',
    familyName: 'Lovelace',
    workEmail: 'Ada.Lovelace@HMRC.gov.uk',
    departmentCode: 'HMRC',
    grade: 'G7',
    profession: 'Digital, Data and Technology',
    location: 'Leeds',
    fte: 0.8,
    startedInPostOn: '2025-04-01',
    ...overrides,
  };
}

function violation(overrides: Partial<RegisterPersonProps>): PersonRuleViolation {
  try {
    Person.register(id, props(overrides), now);
  } catch (error) {
    if (error instanceof PersonRuleViolation) return error;
    throw error;
  }
  throw new Error('expected a rule violation');
}

describe('Person.register', () => {
  it('registers an active person at version 1 with normalised identifiers', () => {
    const person = Person.register(id, props(), now);
    expect(person.snapshot()).toMatchObject({
      id,
      staffNumber: 'HM123456',
      givenName: 'Ada',
      workEmail: 'ada.lovelace@hmrc.gov.uk',
      status: 'ACTIVE',
      version: 1,
    });
  });

  it('raises PersonRegistered carrying no names or email', () => {
    const [event, ...others] = Person.register(id, props(), now).pullEvents();
    expect(others).toEqual([]);
    expect(event).toBeInstanceOf(PersonRegisteredDomainEvent);
    expect(event).toMatchObject({
      personId: id,
      version: 1,
      occurredAt: now,
      grade: 'G7',
      fte: 0.8,
      location: 'Leeds',
      status: 'ACTIVE',
    });
    expect(JSON.stringify(event)).not.toMatch(/Ada|Lovelace|hmrc\.gov\.uk/i);
  });

  it('hands each event over once', () => {
    const person = Person.register(id, props(), now);
    person.pullEvents();
    expect(person.pullEvents()).toEqual([]);
  });

  it.each([
    [{ fte: 0.05 }, 'PERSON.FTE_OUT_OF_RANGE', 'fte'],
    [{ fte: 1.2 }, 'PERSON.FTE_OUT_OF_RANGE', 'fte'],
    [{ fte: 0.333 }, 'PERSON.FTE_OUT_OF_RANGE', 'fte'],
    [{ grade: 'G8' }, 'PERSON.UNKNOWN_GRADE', 'grade'],
    [{ workEmail: 'not-an-email' }, 'PERSON.INVALID_WORK_EMAIL', 'workEmail'],
    [{ staffNumber: 'x!' }, 'PERSON.INVALID_STAFF_NUMBER', 'staffNumber'],
    [{ familyName: '  ' }, 'PERSON.NAME_REQUIRED', 'familyName'],
    [{ departmentCode: 'H-1' }, 'PERSON.INVALID_DEPARTMENT_CODE', 'departmentCode'],
    [{ profession: '' }, 'PERSON.PROFESSION_REQUIRED', 'profession'],
    [{ startedInPostOn: '2025-02-30' }, 'PERSON.INVALID_START_DATE', 'startedInPostOn'],
  ])('refuses %p with %s on %s', (overrides, code, field) => {
    expect(violation(overrides)).toMatchObject({ code, field });
  });

  it('accepts the bounds of fte and every grade from AA to SCS4', () => {
    expect(Person.register(id, props({ fte: 0.1, grade: 'AA' }), now).snapshot().fte).toBe(0.1);
    expect(Person.register(id, props({ fte: 1, grade: 'SCS4' }), now).snapshot().grade).toBe('SCS4');
  });

  it('drops a blank location rather than storing an empty string', () => {
    const person = Person.register(id, props({ location: '  ' }), now);
    expect(person.snapshot().location).toBeUndefined();
  });

  it('restores a stored person without raising events', () => {
    const snapshot = Person.register(id, props(), now).snapshot();
    expect(Person.restore(snapshot).pullEvents()).toEqual([]);
  });
});

describe('Person snapshots', () => {
  // Every object or array reachable from a snapshot, by path.
  const containers = (value: unknown, path = '$', found = new Map<string, object>()) => {
    if (typeof value === 'object' && value !== null) {
      found.set(path, value);
      for (const [key, child] of Object.entries(value)) containers(child, `${path}.${key}`, found);
    }
    return found;
  };

  const policy = { defaultMonths: 12, gradeMonths: new Map(), trackMonths: new Map() };

  it('share no object or array with the aggregate or with each other, and restore copies too', () => {
    const person = Person.register(id, props(), now);
    person.setMobilityPreferences(
      {
        openToMove: true,
        moveKindsWanted: ['LOAN'],
        departmentsWanted: ['DWP'],
        locationsWanted: ['Leeds'],
        shareProfileAcrossDepartments: true,
      },
      now,
      policy,
    );
    person.setSkills([{ skillCode: 'DDAT.X', level: 'EXPERT', evidence: 'Led it' }], now, policy);
    person.setSkillsToDevelop(['DDAT.Y'], now, policy);
    const first = person.snapshot();
    const second = person.snapshot();
    expect(second).toEqual(first);
    const restored = Person.restore(first).snapshot();
    expect(restored).toEqual(first);
    for (const [path, object] of containers(first)) {
      expect(containers(second).get(path)).not.toBe(object);
      expect(containers(restored).get(path)).not.toBe(object);
    }
  });
});
