import { checkedOperation } from '../../test/support/checked-operation';
import { checkPageSizes } from './page-size.rule';

const check = (source: string, variables: Record<string, unknown> = {}) =>
  checkPageSizes(checkedOperation(source, variables), 100);

describe('page size', () => {
  it('allows 1 to 100, and an argument left out or null', () => {
    expect(check('{ people(first: 1) { totalCount } }')).toBeUndefined();
    expect(check('{ people(last: 100) { totalCount } }')).toBeUndefined();
    expect(check('{ people { totalCount } }')).toBeUndefined();
    expect(check('query($n: Int) { people(first: $n) { totalCount } }', { n: null })).toBeUndefined();
    expect(check('query($n: Int) { people(first: $n) { totalCount } }')).toBeUndefined();
  });

  it('refuses a literal out of range, naming the argument, the field, the range and the value', () => {
    const error = check('{ people(first: 500) { totalCount } }');

    expect(error?.message).toBe('"first" on field "people" must be an integer from 1 to 100; got 500');
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      field: 'people',
      min: 1,
      max: 100,
      actual: 500,
    });
    expect(check('{ people(last: 0) { totalCount } }')?.extensions.actual).toBe(0);
  });

  it('refuses a variable out of range, and a variable default out of range', () => {
    expect(check('query($n: Int) { people(last: $n) { totalCount } }', { n: 101 })?.message).toBe(
      '"last" on field "people" (from $n) must be an integer from 1 to 100; got 101',
    );
    expect(check('query($n: Int = -5) { people(first: $n) { totalCount } }')?.extensions.actual).toBe(-5);
    expect(
      check('query($n: Int = 5) { people(first: $n) { totalCount } }', { n: 1000 })?.extensions.actual,
    ).toBe(1000);
  });

  it('finds them on nested fields and inside fragments', () => {
    const source = `
      query($n: Int) { person(id: "1") { ...Team } }
      fragment Team on Person { manager { ... on Person { reports(first: $n) { totalCount } } } }
    `;
    expect(check(source, { n: 20 })).toBeUndefined();
    expect(check(source, { n: 200 })?.extensions).toMatchObject({ field: 'reports', actual: 200 });
  });
});
