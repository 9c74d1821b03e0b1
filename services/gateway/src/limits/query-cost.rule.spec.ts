import { checkedOperation } from '../../test/support/checked-operation';
import { checkQueryCost, queryCost } from './query-cost.rule';

const cost = (source: string, variables: Record<string, unknown> = {}) =>
  queryCost(checkedOperation(source, variables), 10);

describe('query cost', () => {
  it('charges 1 a field, nothing for __typename', () => {
    expect(cost('{ person(id: "1") { __typename id name manager { name } } }')).toBe(
      1 + (0 + 1 + 1 + (1 + 1)),
    );
  });

  it('multiplies a connection by its page size once, not again for its edges', () => {
    expect(cost('{ people(first: 50) { edges { node { name } } } }')).toBe(1 + 50 * (1 + 1 * (1 + 1)));
    expect(cost('query($n: Int) { people(last: $n) { nodes { name } totalCount } }', { n: 20 })).toBe(
      1 + 20 * (2 + 1),
    );
  });

  it('multiplies a list without first/last by the assumed list size', () => {
    expect(cost('{ colleagues { name manager { name } } }')).toBe(1 + 10 * (1 + 2));
    expect(cost('{ tags }')).toBe(1);
  });

  it('multiplies nested pages together', () => {
    const source = '{ people(first: 100) { edges { node { reports(first: 100) { nodes { name } } } } } }';
    expect(cost(source)).toBe(1 + 100 * (1 + (1 + (1 + 100 * (1 + 1)))));
  });

  it('charges a fragment where it is spread, with the page it is spread in', () => {
    const source = `
      { people(first: 10) { ...Page } person(id: "1") { reports { ...Page } } }
      fragment Page on PersonConnection { nodes { name } }
    `;
    // In the page its nodes are that page; under a plain field they are a list of the assumed size.
    expect(cost(source)).toBe(1 + 10 * 2 + (1 + (1 + (1 + 10 * 1))));
  });

  it('counts mutations too', () => {
    expect(
      cost('mutation { rename(id: "1", name: "x") { id colleagues: reports(first: 5) { nodes { id } } } }'),
    ).toBe(1 + 1 + (1 + 5 * 2));
  });

  it('refuses past the limit, naming the limit and the cost', () => {
    const source = '{ people(first: 100) { edges { node { reports(first: 100) { nodes { name } } } } } }';
    expect(
      checkQueryCost(checkedOperation('{ people(first: 100) { nodes { name } } }'), 1000, 10),
    ).toBeUndefined();

    const error = checkQueryCost(checkedOperation(source), 1000, 10);

    expect(error?.message).toMatch(/^Query cost 20301 exceeds the limit of 1000 /);
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 1000, actual: 20301 });
  });
});
