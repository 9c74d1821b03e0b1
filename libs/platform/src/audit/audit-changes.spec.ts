import { auditableChanges, changedFields, createdRecord } from './audit-changes';

describe('auditableChanges', () => {
  it('redacts secrets by their key at any depth, whatever the mutation calls them', () => {
    expect(
      auditableChanges({
        password: 'p',
        input: { clientSecret: 's', refreshToken: 't', accessToken: 'a', grade: 'G7' },
      }),
    ).toEqual({
      password: '[redacted]',
      input: {
        clientSecret: '[redacted]',
        refreshToken: '[redacted]',
        accessToken: '[redacted]',
        grade: 'G7',
      },
    });
  });

  it('keeps only JSON: dates as ISO text, no functions or undefined, non-finite numbers as text', () => {
    expect(
      auditableChanges({
        at: new Date('2026-01-02T03:04:05Z'),
        skip: undefined,
        fn: () => 1,
        n: Infinity,
        big: 10n,
      }),
    ).toEqual({ at: '2026-01-02T03:04:05.000Z', n: 'Infinity', big: '10' });
  });

  it('bounds what it keeps: list length and depth', () => {
    const long = auditableChanges(Array.from({ length: 80 }, (_, i) => i)) as number[];
    const deep = auditableChanges({ a: { b: { c: { d: { e: { f: 1 } } } } } });

    expect(long).toHaveLength(50);
    expect(deep).toEqual({ a: { b: { c: { d: { e: '[nested too deep]' } } } } });
  });
});

describe('createdRecord and changedFields', () => {
  it('describes a creation as nothing before and the fields after', () => {
    expect(createdRecord({ grade: 'HEO' })).toEqual({ before: null, after: { grade: 'HEO' } });
  });

  it('describes an update by the fields that changed only', () => {
    expect(
      changedFields(
        { grade: 'HEO', fte: 1, location: 'Leeds' },
        { grade: 'SEO', fte: 1, location: undefined },
      ),
    ).toEqual({
      before: { grade: 'HEO', location: 'Leeds' },
      after: { grade: 'SEO', location: null },
    });
  });
});
