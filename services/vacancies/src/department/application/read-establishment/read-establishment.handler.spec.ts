import { EstablishmentAuthor } from '../establishment.store';
import { InMemoryEstablishmentStore } from '../../testing/in-memory-departments';
import { ReadEstablishmentHandler } from './read-establishment.handler';
import { ReadEstablishmentQuery } from './read-establishment.query';

describe('ReadEstablishmentHandler', () => {
  const author: EstablishmentAuthor = { subject: 'hr', at: new Date(), traceId: 't' };
  const setUp = async () => {
    const store = new InMemoryEstablishmentStore();
    const line = { departmentCode: 'DWP', profession: 'Policy', grade: 'HEO' };
    await store.append({ ...line, fte: 10, effectiveFrom: '2026-01-01' }, author);
    await store.append({ ...line, fte: 12, effectiveFrom: '2026-07-01' }, author);
    await store.append({ ...line, grade: 'SEO', fte: 0.1, effectiveFrom: '2026-01-01' }, author);
    await store.append({ ...line, grade: 'SEO', fte: 0.2, effectiveFrom: '2026-01-01' }, author);
    await store.append({ ...line, grade: 'EO', fte: 5, effectiveFrom: '2026-01-01' }, author);
    await store.append({ ...line, grade: 'EO', fte: 0, effectiveFrom: '2026-06-01' }, author);
    return new ReadEstablishmentHandler(store, { now: () => new Date('2026-03-15T23:30:00Z') });
  };

  it('reads each line’s latest value on or before the date, leaving ended lines out, with a total', async () => {
    const handler = await setUp();
    const establishment = (await handler.execute(
      new ReadEstablishmentQuery(['DWP', 'HMRC'], '2026-08-01', {}),
    ))!;

    expect(establishment.get('DWP')).toMatchObject({
      asOf: '2026-08-01',
      lines: [
        { grade: 'HEO', fte: 12, effectiveFrom: '2026-07-01' },
        { grade: 'SEO', fte: 0.2, effectiveFrom: '2026-01-01' },
      ],
      totalFte: 12.2,
    });
    expect(establishment.get('HMRC')).toEqual({
      departmentCode: 'HMRC',
      asOf: '2026-08-01',
      lines: [],
      totalFte: 0,
    });
  });

  it('reads at today by the clock when no date is given', async () => {
    const handler = await setUp();
    const dwp = (await handler.execute(new ReadEstablishmentQuery(['DWP'], undefined, {}))).get('DWP')!;
    expect(dwp.asOf).toBe('2026-03-15');
    expect(dwp.lines.map((line) => [line.grade, line.fte])).toEqual([
      ['HEO', 10],
      ['SEO', 0.2],
      ['EO', 5],
    ]);
  });

  it('refuses a date that does not exist, rather than let the database fail on it', async () => {
    const handler = await setUp();
    await expect(
      handler.execute(new ReadEstablishmentQuery(['DWP'], '2026-02-30', {})),
    ).rejects.toMatchObject({
      code: 'ESTABLISHMENT.INVALID_DATE',
      field: 'asOf',
    });
  });
});
