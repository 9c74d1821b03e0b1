import { KnownVacancy } from '../known-vacancy';
import { VacancyReadModelStore } from '../vacancy-read-model.store';
import { ProjectVacancyCommand } from './project-vacancy.command';
import { ProjectVacancyHandler } from './project-vacancy.handler';

class InMemoryVacancyReadModel extends VacancyReadModelStore {
  readonly rows = new Map<string, KnownVacancy>();
  async versionOf(vacancyId: string) {
    return this.rows.get(vacancyId)?.version;
  }
  async save(vacancy: KnownVacancy) {
    this.rows.set(vacancy.vacancyId, vacancy);
  }
  async saveStatus() {
    return false;
  }
  async knownIds(vacancyIds: string[]) {
    return new Set(vacancyIds.filter((id) => this.rows.has(id)));
  }
  async count() {
    return this.rows.size;
  }
}

const vacancy = (version: number, posts = 1): KnownVacancy => ({
  vacancyId: '0190f6a2-2222-7000-8000-000000000001',
  departmentCode: 'HMRC',
  grade: 'SEO',
  profession: 'Tax',
  posts,
  ftePerPost: 1,
  status: 'OPEN',
  version,
});

describe('ProjectVacancyHandler', () => {
  it('takes in new vacancies and newer versions, and ignores older or repeated ones', async () => {
    const store = new InMemoryVacancyReadModel();
    const handler = new ProjectVacancyHandler(store);
    await expect(handler.execute(new ProjectVacancyCommand(vacancy(2, 5)))).resolves.toBe('applied');
    await expect(handler.execute(new ProjectVacancyCommand(vacancy(1, 9)))).resolves.toBe('stale');
    await expect(handler.execute(new ProjectVacancyCommand(vacancy(2, 9)))).resolves.toBe('stale');
    expect(store.rows.get(vacancy(1).vacancyId)?.posts).toBe(5);
    await expect(handler.execute(new ProjectVacancyCommand(vacancy(3, 7)))).resolves.toBe('applied');
    expect(store.rows.get(vacancy(1).vacancyId)?.posts).toBe(7);
  });
});
