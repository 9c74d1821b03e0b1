import { Authorize, authorizationOf } from './authorize.decorator';
import { READ_PERSON } from './policies/read-person.policy';
import { READ_VACANCY } from './policies/read-vacancy.policy';

class Resolver {
  @Authorize(READ_VACANCY)
  vacancy() {}

  @Authorize(READ_PERSON, { resource: 'record' })
  person() {}

  @Authorize(READ_PERSON, { resource: (args: { id: string; departmentCode: string }) => args })
  personFromArgs() {}

  unguarded() {}

  // A policy that judges a resource cannot be applied without saying where the resource comes from.
  // @ts-expect-error READ_PERSON needs a resource
  @Authorize(READ_PERSON)
  forgotten() {}
}

describe('@Authorize', () => {
  it('records the policy and where its resource comes from on the method, for the guard', () => {
    const prototype = Resolver.prototype;
    expect(authorizationOf(prototype.vacancy)).toEqual({ policy: READ_VACANCY, resource: undefined });
    expect(authorizationOf(prototype.person)).toEqual({ policy: READ_PERSON, resource: 'record' });
    const fromArgs = authorizationOf(prototype.personFromArgs)?.resource;
    expect(typeof fromArgs === 'function' && fromArgs({ id: 'p', departmentCode: 'CO' }, undefined)).toEqual({
      id: 'p',
      departmentCode: 'CO',
    });
    expect(authorizationOf(prototype.unguarded)).toBeUndefined();
  });
});
