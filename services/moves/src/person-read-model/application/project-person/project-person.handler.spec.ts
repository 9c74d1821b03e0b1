import { KnownPerson, KnownTenure } from '../known-person';
import { PersonReadModelStore } from '../person-read-model.store';
import { ProjectPersonCommand } from './project-person.command';
import { ProjectPersonHandler } from './project-person.handler';

class InMemoryPersonReadModel extends PersonReadModelStore {
  readonly rows = new Map<string, KnownPerson>();
  async versionOf(personId: string) {
    return this.rows.get(personId)?.version;
  }
  async save(person: KnownPerson) {
    this.rows.set(person.personId, person);
  }
  async saveTenure({ personId, minimumTermEndsOn, eligibleToMoveFrom, version }: KnownTenure) {
    const row = this.rows.get(personId);
    if (row && row.version < version)
      this.rows.set(personId, { ...row, minimumTermEndsOn, eligibleToMoveFrom, version });
  }
  async markLeft(personId: string, version: number) {
    const row = this.rows.get(personId);
    if (row && row.version < version) this.rows.set(personId, { ...row, status: 'LEFT', version });
  }
  async knownIds(personIds: string[]) {
    return new Set(personIds.filter((id) => this.rows.has(id)));
  }
  async count() {
    return this.rows.size;
  }
}

const person = (version: number, grade = 'HEO'): KnownPerson => ({
  personId: '0190f6a2-1111-7000-8000-000000000001',
  departmentCode: 'DWP',
  grade,
  profession: 'Policy',
  fte: 1,
  startedInPostOn: '2024-01-01',
  status: 'ACTIVE',
  version,
});

describe('ProjectPersonHandler', () => {
  it('takes in a person it has not seen', async () => {
    const store = new InMemoryPersonReadModel();
    await expect(new ProjectPersonHandler(store).execute(new ProjectPersonCommand(person(1)))).resolves.toBe(
      'applied',
    );
    expect(await store.count()).toBe(1);
  });

  it('replaces an older version and ignores an older or repeated one', async () => {
    const store = new InMemoryPersonReadModel();
    const handler = new ProjectPersonHandler(store);
    await handler.execute(new ProjectPersonCommand(person(2, 'SEO')));
    await expect(handler.execute(new ProjectPersonCommand(person(1, 'EO')))).resolves.toBe('stale');
    await expect(handler.execute(new ProjectPersonCommand(person(2, 'EO')))).resolves.toBe('stale');
    await expect(handler.execute(new ProjectPersonCommand(person(3, 'G7')))).resolves.toBe('applied');
    expect(store.rows.get(person(1).personId)?.grade).toBe('G7');
  });
});
