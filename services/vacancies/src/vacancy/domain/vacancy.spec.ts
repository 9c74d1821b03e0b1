import { CreateVacancyProps, Vacancy } from './vacancy.aggregate';
import { VacancyCreatedDomainEvent } from './vacancy-created.domain-event';
import { VacancyRuleViolation } from './vacancy.errors';

const now = new Date('2026-11-24T10:00:00Z');
const id = '0190f6a2-2222-7000-8000-000000000001';

function props(overrides: Partial<CreateVacancyProps> = {}): CreateVacancyProps {
  return {
    departmentCode: 'DSIT',
    title: ' Senior data scientist ',
    description: 'Lead data science for the AI Safety Institute.',
    grade: 'G7',
    profession: 'Digital, Data and Technology',
    posts: 2,
    ftePerPost: 1,
    ...overrides,
  };
}

function violation(overrides: Partial<CreateVacancyProps>): VacancyRuleViolation {
  try {
    Vacancy.create(id, props(overrides), now);
  } catch (error) {
    if (error instanceof VacancyRuleViolation) return error;
    throw error;
  }
  throw new Error('expected a rule violation');
}

describe('Vacancy.create', () => {
  it('drafts a vacancy at version 1', () => {
    expect(Vacancy.create(id, props(), now).snapshot()).toMatchObject({
      id,
      title: 'Senior data scientist',
      status: 'DRAFT',
      version: 1,
      posts: 2,
    });
  });

  it('raises VacancyCreated without the title or description', () => {
    const [event, ...others] = Vacancy.create(id, props(), now).pullEvents();
    expect(others).toEqual([]);
    expect(event).toBeInstanceOf(VacancyCreatedDomainEvent);
    expect(event).toMatchObject({
      vacancyId: id,
      version: 1,
      occurredAt: now,
      grade: 'G7',
      posts: 2,
      ftePerPost: 1,
      status: 'DRAFT',
    });
    expect(JSON.stringify(event)).not.toMatch(/scientist|Safety/);
  });

  it.each([
    [{ posts: 0 }, 'VACANCY.POSTS_OUT_OF_RANGE', 'posts'],
    [{ posts: 1.5 }, 'VACANCY.POSTS_OUT_OF_RANGE', 'posts'],
    [{ ftePerPost: 0 }, 'VACANCY.FTE_OUT_OF_RANGE', 'ftePerPost'],
    [{ grade: 'Grade 7' }, 'VACANCY.UNKNOWN_GRADE', 'grade'],
    [{ title: ' ' }, 'VACANCY.TITLE_REQUIRED', 'title'],
    [{ description: '' }, 'VACANCY.DESCRIPTION_REQUIRED', 'description'],
    [{ departmentCode: '1' }, 'VACANCY.INVALID_DEPARTMENT_CODE', 'departmentCode'],
    [{ profession: '' }, 'VACANCY.PROFESSION_REQUIRED', 'profession'],
  ])('refuses %p with %s on %s', (overrides, code, field) => {
    expect(violation(overrides)).toMatchObject({ code, field });
  });

  it('restores a stored vacancy without raising events', () => {
    expect(Vacancy.restore(Vacancy.create(id, props(), now).snapshot()).pullEvents()).toEqual([]);
  });
});
