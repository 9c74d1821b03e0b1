import { checkedOperation } from '../../test/support/checked-operation';
import { firstLimitBroken, OperationLimits } from './operation-limits.plugin';

const LIMITS: OperationLimits = {
  mode: 'production',
  maxDepth: 8,
  maxAliases: 15,
  maxPageSize: 100,
  maxCost: 1000,
  costListSize: 10,
};

const codeOf = (source: string, limits: Partial<OperationLimits> = {}, variables = {}) =>
  firstLimitBroken(checkedOperation(source, variables), { ...LIMITS, ...limits })?.extensions.code;

describe('operation limits', () => {
  it('lets an ordinary query through', () => {
    expect(
      codeOf('query($n: Int) { people(first: $n) { nodes { name manager { name } } } }', {}, { n: 50 }),
    ).toBe(undefined);
  });

  it('refuses introspection in production mode only', () => {
    expect(codeOf('{ __schema { queryType { name } } }')).toBe('INTROSPECTION_DISABLED');
    expect(codeOf('{ __schema { queryType { name } } }', { mode: 'development' })).toBeUndefined();
  });

  it('checks page sizes before the cost that multiplies by them', () => {
    expect(codeOf('{ people(first: 100000) { nodes { name } } }')).toBe('BAD_USER_INPUT');
    expect(codeOf('{ people(first: 100) { nodes { name manager { name } } } }', { maxCost: 100 })).toBe(
      'QUERY_TOO_COSTLY',
    );
  });

  it('reports the first limit broken: depth, then aliases', () => {
    const deepAndAliased = `{ a: person(id: "1") { b: manager { c: manager { name } } } }`;
    expect(codeOf(deepAndAliased, { maxDepth: 3, maxAliases: 2 })).toBe('QUERY_TOO_DEEP');
    expect(codeOf(deepAndAliased, { maxAliases: 2 })).toBe('TOO_MANY_ALIASES');
  });
});
