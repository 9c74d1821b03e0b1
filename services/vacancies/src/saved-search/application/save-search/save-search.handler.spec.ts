import { ConflictError, ForbiddenError, TransactionRunner } from '@civil/platform';
import { testIdentity } from '@civil/testing';
import { SavedSearch, SavedSearchLimitReached } from '../../domain/saved-search';
import { SavedSearchStore } from '../saved-search.store';
import { SaveSearchCommand } from './save-search.command';
import { SaveSearchHandler } from './save-search.handler';

const transactions: TransactionRunner = { run: (work) => work() };
const clock = { now: () => new Date('2026-11-01T09:00:00Z') };

function handlerWith(existing: number, inserted = true) {
  const saved: SavedSearch[] = [];
  const store = {
    lockPerson: async () => undefined,
    countFor: async () => existing,
    insert: async (search: SavedSearch) => (saved.push(search), inserted),
  } as unknown as SavedSearchStore;
  return { handler: new SaveSearchHandler(store, transactions, clock), saved };
}

describe('SaveSearchHandler', () => {
  it('keeps the search for the caller, with their department and reach as they are now', async () => {
    const { handler, saved } = handlerWith(0);
    const hr = testIdentity({
      roles: ['HR_ADMIN'],
      personId: 'p1',
      departmentCode: 'CO',
      crossGovernment: true,
    });
    const search = await handler.execute(
      new SaveSearchCommand(' Data jobs ', { professions: ['Statistics'] }, hr),
    );
    expect(search).toMatchObject({
      personId: 'p1',
      name: 'Data jobs',
      filter: { professions: ['Statistics'] },
      saverDepartmentCode: 'CO',
      saverSeesAllDepartments: true,
      createdAt: clock.now(),
    });
    expect(saved).toEqual([search]);
    const employee = testIdentity({ roles: ['EMPLOYEE'], personId: 'p2', departmentCode: 'DWP' });
    expect((await handler.execute(new SaveSearchCommand('x', {}, employee))).saverSeesAllDepartments).toBe(
      false,
    );
  });

  it('refuses a caller without a person id, the 21st search and a name the person already uses', async () => {
    const service = testIdentity({ roles: ['EMPLOYEE'] });
    await expect(handlerWith(0).handler.execute(new SaveSearchCommand('x', {}, service))).rejects.toThrow(
      ForbiddenError,
    );
    const employee = testIdentity({ roles: ['EMPLOYEE'], personId: 'p2' });
    await expect(handlerWith(20).handler.execute(new SaveSearchCommand('x', {}, employee))).rejects.toThrow(
      SavedSearchLimitReached,
    );
    await expect(
      handlerWith(3, false).handler.execute(new SaveSearchCommand('x', {}, employee)),
    ).rejects.toThrow(ConflictError);
  });
});
