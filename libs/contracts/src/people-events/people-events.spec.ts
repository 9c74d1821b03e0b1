import { uuidv7 } from '../envelope/uuidv7';
import { validateEvent } from '../envelope/validate-event';
import { PersonRegistered } from './person-registered.event';
import { PersonSkillsChanged } from './person-skills-changed.event';

const envelope = (type: string, data: object) => ({
  specversion: '1.0',
  id: uuidv7(),
  source: '/services/people',
  type,
  subject: '0190f6a2-1111-7000-8000-000000000001',
  time: '2026-11-24T10:00:00.000Z',
  datacontenttype: 'application/json',
  aggregateversion: 2,
  traceid: 't',
  data,
});
const personId = '0190f6a2-1111-7000-8000-000000000001';
const tenure = { minimumTermEndsOn: '2026-01-31', eligibleToMoveFrom: '2026-01-31' };

describe('people events', () => {
  it('still accepts a PersonRegistered published before the optional fields were added', () => {
    const v1 = {
      personId,
      departmentCode: 'HMRC',
      grade: 'G7',
      profession: 'Policy',
      fte: 1,
      startedInPostOn: '2025-01-31',
      status: 'ACTIVE',
    };
    expect(() => validateEvent(envelope('PersonRegistered', v1), PersonRegistered)).not.toThrow();
    expect(() =>
      validateEvent(
        envelope('PersonRegistered', { ...v1, employmentType: 'FIXED_TERM', ...tenure }),
        PersonRegistered,
      ),
    ).not.toThrow();
  });

  it('refuses skill evidence (free text) and names in PersonSkillsChanged', () => {
    const skills = [{ skillCode: 'DDAT.X', level: 'EXPERT' }];
    const valid = { personId, skills, skillsToDevelop: [], ...tenure };
    expect(() => validateEvent(envelope('PersonSkillsChanged', valid), PersonSkillsChanged)).not.toThrow();
    expect(() =>
      validateEvent(
        envelope('PersonSkillsChanged', { ...valid, skills: [{ ...skills[0], evidence: 'Led the work' }] }),
        PersonSkillsChanged,
      ),
    ).toThrow(/evidence/);
    expect(() =>
      validateEvent(envelope('PersonSkillsChanged', { ...valid, givenName: 'Ada' }), PersonSkillsChanged),
    ).toThrow(/givenName/);
    expect(() =>
      validateEvent(
        envelope('PersonSkillsChanged', { ...valid, skills: [{ skillCode: 'X', level: 'GURU' }] }),
        PersonSkillsChanged,
      ),
    ).toThrow();
  });

  it('refuses names, wrong types and a list for the data of a flat payload (PersonRegistered)', () => {
    const v1 = {
      personId,
      departmentCode: 'HMRC',
      grade: 'G7',
      profession: 'Policy',
      fte: 1,
      startedInPostOn: '2025-01-31',
      status: 'ACTIVE',
    };
    expect(() =>
      validateEvent(envelope('PersonRegistered', { ...v1, givenName: 'Ada' }), PersonRegistered),
    ).toThrow(/givenName/);
    expect(() => validateEvent(envelope('PersonRegistered', { ...v1, fte: '1' }), PersonRegistered)).toThrow(
      /fte/,
    );
    expect(() => validateEvent(envelope('PersonRegistered', [v1]), PersonRegistered)).toThrow();
  });
});
