import { checkedOperation } from '../../test/support/checked-operation';
import { checkQueryDepth, queryDepth } from './query-depth.rule';

const nested = (managers: number) =>
  `{ person(id: "1") { ${'manager { '.repeat(managers)}name${' }'.repeat(managers)} } }`;

describe('query depth', () => {
  it('counts nested fields, not fragments', () => {
    expect(queryDepth(checkedOperation('{ person(id: "1") { name } }'))).toBe(2);
    expect(
      queryDepth(
        checkedOperation(`
          { person(id: "1") { ...Boss ... on Person { manager { id } } } }
          fragment Boss on Person { manager { manager { name } } }
        `),
      ),
    ).toBe(4);
  });

  it('allows the limit and refuses one more, naming both', () => {
    expect(checkQueryDepth(checkedOperation(nested(6)), 8)).toBeUndefined();

    const error = checkQueryDepth(checkedOperation(nested(7)), 8);

    expect(error?.message).toBe('Query depth 9 exceeds the limit of 8');
    expect(error?.extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      limit: 8,
      actual: 9,
      http: { status: 400 },
    });
  });

  it('follows a fragment however often it is spread, without walking it again each time', () => {
    // Each fragment spreads the next twice: 2^40 paths, but only 40 fragments to measure.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Person { manager { ...F${i + 1} } manager { ...F${i + 1} } }`,
    );
    const source = `{ person(id: "1") { ...F0 } } ${fragments.join(' ')} fragment F40 on Person { name }`;

    expect(queryDepth(checkedOperation(source))).toBe(42);
  });

  it('leaves introspection to the introspection switch', () => {
    expect(
      queryDepth(checkedOperation('{ __schema { types { fields { type { ofType { name } } } } } }')),
    ).toBe(0);
  });
});
