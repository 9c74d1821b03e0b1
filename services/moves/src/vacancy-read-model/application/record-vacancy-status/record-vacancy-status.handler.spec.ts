import { KnownVacancy } from '../known-vacancy';
import { VacancyReadModelStore } from '../vacancy-read-model.store';
import { RecordVacancyStatusCommand } from './record-vacancy-status.command';
import { RecordVacancyStatusHandler } from './record-vacancy-status.handler';

class InMemoryVacancyReadModel extends VacancyReadModelStore {
  readonly rows = new Map<string, KnownVacancy>();
  async versionOf(vacancyId: string) {
    return this.rows.get(vacancyId)?.version;
  }
  async save(vacancy: KnownVacancy) {
    this.rows.set(vacancy.vacancyId, vacancy);
  }
  async saveStatus(vacancyId: string, status: string, version: number) {
    const row = this.rows.get(vacancyId);
    if (!row || row.version >= version) return false;
    this.rows.set(vacancyId, { ...row, status, version });
    return true;
  }
  async knownIds(vacancyIds: string[]) {
    return new Set(vacancyIds.filter((id) => this.rows.has(id)));
  }
  async count() {
    return this.rows.size;
  }
}

const id = '0190f6a2-2222-7000-8000-000000000001';

describe('RecordVacancyStatusHandler', () => {
  it('changes the status of a held vacancy to a newer one, and ignores unknown vacancies and older versions', async () => {
    const store = new InMemoryVacancyReadModel();
    const handler = new RecordVacancyStatusHandler(store);
    await expect(handler.execute(new RecordVacancyStatusCommand(id, 'CLOSED', 2))).resolves.toBe('ignored');
    await store.save({
      vacancyId: id,
      departmentCode: 'HO',
      grade: 'SEO',
      profession: 'Policy',
      posts: 2,
      ftePerPost: 1,
      status: 'OPEN',
      version: 1,
    });
    await expect(handler.execute(new RecordVacancyStatusCommand(id, 'CLOSED', 2))).resolves.toBe('applied');
    await expect(handler.execute(new RecordVacancyStatusCommand(id, 'OPEN', 2))).resolves.toBe('ignored');
    expect(store.rows.get(id)).toMatchObject({ status: 'CLOSED', version: 2, posts: 2 });
  });
});
