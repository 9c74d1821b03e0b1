import { Authorize, READ_VACANCY } from '@civil/auth';
import {
  Field,
  ID,
  Mutation,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { assertEveryResolverAuthorized, resolversWithoutPolicy } from './authorization-coverage';

@ObjectType('Thing')
class Thing {
  @Field(() => ID)
  id: string;
}

@Resolver(() => Thing)
class CoveredResolver {
  @Query(() => Thing)
  @Authorize(READ_VACANCY)
  thing() {}

  @ResolveField(() => Boolean)
  @Authorize(READ_VACANCY)
  shiny() {}

  @ResolveReference()
  @Authorize(READ_VACANCY)
  resolveReference() {}

  /** Not a resolver: helpers need no policy. */
  helper() {}
}

@Resolver(() => Thing)
class ForgetfulResolver {
  @Query(() => Thing)
  forgottenQuery() {}

  @Mutation(() => Thing, { name: 'renameThing' })
  rename() {}

  @ResolveField(() => Boolean)
  forgottenField() {}

  @ResolveReference()
  resolveReference() {}
}

describe('authorization coverage', () => {
  it('finds every Query, Mutation, field and reference resolver without a policy, and nothing else', () => {
    expect(resolversWithoutPolicy([CoveredResolver])).toEqual([]);
    expect(resolversWithoutPolicy([CoveredResolver, ForgetfulResolver])).toEqual([
      'Query.forgottenQuery (ForgetfulResolver.forgottenQuery)',
      'Mutation.renameThing (ForgetfulResolver.rename)',
      'Thing.forgottenField (ForgetfulResolver.forgottenField)',
      'Thing.__resolveReference (ForgetfulResolver.resolveReference)',
    ]);
  });

  it('stops start-up naming them', () => {
    expect(() => assertEveryResolverAuthorized([ForgetfulResolver])).toThrow(
      /needs an authorization policy.*Query\.forgottenQuery/,
    );
    expect(() => assertEveryResolverAuthorized([CoveredResolver])).not.toThrow();
  });
});
