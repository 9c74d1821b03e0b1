import { ConflictError } from '@civil/platform';
import { ImmediateTransactionRunner } from '../../../person/testing/in-memory-people';
import {
  InMemoryReferenceDataStore,
  inMemoryReferenceDataCatalog,
} from '../../testing/in-memory-reference-data';
import { AddProfessionCommand } from './add-profession.command';
import { AddProfessionHandler } from './add-profession.handler';

describe('AddProfessionHandler', () => {
  const setUp = () => {
    const store = new InMemoryReferenceDataStore();
    const catalog = inMemoryReferenceDataCatalog(undefined, store);
    return {
      store,
      catalog,
      handler: new AddProfessionHandler(new ImmediateTransactionRunner(), store, catalog),
    };
  };

  it('adds the profession, records the change under the next version, and the catalogue sees it at once', async () => {
    const { store, catalog, handler } = setUp();
    await catalog.professionNames();

    const added = await handler.execute(
      new AddProfessionCommand({ name: 'Veterinary', group: 'SPECIALIST' }, 'hr-1'),
    );

    expect(added).toEqual({ name: 'Veterinary', group: 'SPECIALIST' });
    expect(store.changes).toEqual([
      expect.objectContaining({
        version: 2,
        recordType: 'Profession',
        recordKey: 'Veterinary',
        changedBy: 'hr-1',
      }),
    ]);
    expect((await catalog.professionNames()).has('Veterinary')).toBe(true);
  });

  it('refuses a profession that exists, in any case, without a new version', async () => {
    const { store, handler } = setUp();
    await expect(
      handler.execute(new AddProfessionCommand({ name: 'policy', group: 'POLICY' }, 'hr-1')),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(store.data.version).toBe(1);
  });
});
