import { NotFoundError } from '@civil/platform';
import { ImmediateTransactionRunner } from '../../../person/testing/in-memory-people';
import {
  InMemoryReferenceDataStore,
  inMemoryReferenceDataCatalog,
} from '../../testing/in-memory-reference-data';
import { UpdateSpecialistTrackCommand } from './update-specialist-track.command';
import { UpdateSpecialistTrackHandler } from './update-specialist-track.handler';

describe('UpdateSpecialistTrackHandler', () => {
  const setUp = () => {
    const store = new InMemoryReferenceDataStore();
    const catalog = inMemoryReferenceDataCatalog(undefined, store);
    const handler = new UpdateSpecialistTrackHandler(new ImmediateTransactionRunner(), store, catalog);
    return { store, catalog, handler };
  };

  it('changes the minimum months, bumps the version, and the catalogue answers with the new value', async () => {
    const { store, catalog, handler } = setUp();
    await catalog.specialistTrack('DDAT.DATA_SCIENCE');

    const { before, after } = await handler.execute(
      new UpdateSpecialistTrackCommand('DDAT.DATA_SCIENCE', 48, 'hr'),
    );

    expect([before.minimumAssignmentMonths, after.minimumAssignmentMonths]).toEqual([36, 48]);
    expect(store.data.version).toBe(2);
    expect(store.changes[0].change).toEqual({
      before: { minimumAssignmentMonths: 36 },
      after: { minimumAssignmentMonths: 48 },
    });
    expect((await catalog.specialistTrack('DDAT.DATA_SCIENCE'))?.minimumAssignmentMonths).toBe(48);
  });

  it('makes no new version when the value is unchanged', async () => {
    const { store, handler } = setUp();
    await handler.execute(new UpdateSpecialistTrackCommand('DDAT.DATA_SCIENCE', 36, 'hr'));
    expect(store.data.version).toBe(1);
  });

  it('answers NOT_FOUND for an unknown track, and refuses out-of-range months', async () => {
    const { handler } = setUp();
    await expect(handler.execute(new UpdateSpecialistTrackCommand('NOPE', 24, 'hr'))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      handler.execute(new UpdateSpecialistTrackCommand('DDAT.DATA_SCIENCE', 0, 'hr')),
    ).rejects.toMatchObject({ code: 'REFERENCE_DATA.MINIMUM_MONTHS_OUT_OF_RANGE' });
  });
});
