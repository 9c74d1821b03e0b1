import { getIntrospectionQuery } from 'graphql';
import { checkedOperation } from '../../test/support/checked-operation';
import { checkIntrospection } from './introspection.rule';

describe('introspection (production mode)', () => {
  it('refuses __schema and __type, even inside a fragment', () => {
    expect(checkIntrospection(checkedOperation(getIntrospectionQuery()))?.extensions).toMatchObject({
      code: 'INTROSPECTION_DISABLED',
      field: '__schema',
    });
    const error = checkIntrospection(
      checkedOperation(
        '{ ...F person(id: "1") { id } } fragment F on Query { t: __type(name: "Person") { name } }',
      ),
    );
    expect(error?.message).toBe('Introspection is disabled in production mode; the query asks for __type');
  });

  it('allows __typename', () => {
    expect(
      checkIntrospection(checkedOperation('{ __typename person(id: "1") { __typename } }')),
    ).toBeUndefined();
  });
});
