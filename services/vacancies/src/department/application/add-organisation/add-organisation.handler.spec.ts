import { ConflictError, NotFoundError } from '@civil/platform';
import { ImmediateTransactionRunner, InMemoryDepartmentStore } from '../../testing/in-memory-departments';
import { AddOrganisationCommand } from './add-organisation.command';
import { AddOrganisationHandler } from './add-organisation.handler';

describe('AddOrganisationHandler', () => {
  const setUp = () => {
    const store = new InMemoryDepartmentStore();
    return { store, handler: new AddOrganisationHandler(new ImmediateTransactionRunner(), store) };
  };
  const command = (organisation: Partial<AddOrganisationCommand['organisation']> = {}) =>
    new AddOrganisationCommand(
      { code: 'NEWB', name: 'New Body', type: 'OTHER_BODY', ...organisation },
      'hr-1',
    );

  it('adds an organisation under an existing parent', async () => {
    const { store, handler } = setUp();
    const added = await handler.execute(command({ parentCode: 'DWP' }));
    expect(added).toEqual({ code: 'NEWB', name: 'New Body', type: 'OTHER_BODY', parentCode: 'DWP' });
    expect(store.rows.map((row) => row.code)).toContain('NEWB');
  });

  it('refuses a code that is taken, in any case, with CONFLICT', async () => {
    const { store, handler } = setUp();
    await expect(handler.execute(command({ code: 'dwp' }))).rejects.toBeInstanceOf(ConflictError);
    expect(store.rows).toHaveLength(2);
  });

  it('refuses an unknown parent with NOT_FOUND, adding nothing', async () => {
    const { store, handler } = setUp();
    await expect(handler.execute(command({ parentCode: 'NOPE' }))).rejects.toBeInstanceOf(NotFoundError);
    expect(store.rows).toHaveLength(2);
  });
});
