import { KnownPerson } from '../known-person';
import { PersonReadModelStore } from '../person-read-model.store';
import { RecordPersonLeftCommand } from './record-person-left.command';
import { RecordPersonLeftHandler } from './record-person-left.handler';

class RecordingStore extends PersonReadModelStore {
  readonly marked: [string, number][] = [];
  async versionOf() {
    return undefined;
  }
  async save(_person: KnownPerson) {}
  async saveTenure() {}
  async markLeft(personId: string, version: number) {
    this.marked.push([personId, version]);
  }
  async knownIds() {
    return new Set<string>();
  }
  async count() {
    return 0;
  }
}

describe('RecordPersonLeftHandler', () => {
  it('marks the person LEFT at the event version (the store keeps a newer row)', async () => {
    const store = new RecordingStore();
    await new RecordPersonLeftHandler(store).execute(new RecordPersonLeftCommand('p-1', 7));
    expect(store.marked).toEqual([['p-1', 7]]);
  });
});
