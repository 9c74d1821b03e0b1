import { checkedOperation } from '../../test/support/checked-operation';
import { aliasCount, checkAliasCount } from './alias-count.rule';

const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `p${i}: person(id: "${i}") { name }`).join(' ')} }`;

describe('alias count', () => {
  it('counts aliases at every level and in fragments, once per spread', () => {
    const source = `
      { boss: person(id: "1") { ...Names } deputy: person(id: "2") { ...Names } }
      fragment Names on Person { label: name chief: manager { label: name } }
    `;
    expect(aliasCount(checkedOperation(source))).toBe(2 + 2 * 3);
  });

  it('allows the limit and refuses one more, naming both', () => {
    expect(checkAliasCount(checkedOperation(aliased(15)), 15)).toBeUndefined();

    const error = checkAliasCount(checkedOperation(aliased(16)), 15);

    expect(error?.message).toBe('Query uses 16 aliases; the limit is 15');
    expect(error?.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 15, actual: 16 });
  });
});
