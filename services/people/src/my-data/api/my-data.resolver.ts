import { Authorize, Identity, READ_MY_DATA } from '@civil/auth';
import { CurrentIdentity, GraphQLContext } from '@civil/platform';
import { Context, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { GetMyDataHandler } from '../application/get-my-data/get-my-data.handler';
import { GetMyDataQuery } from '../application/get-my-data/get-my-data.query';
import { MyDataModel } from './my-data.model';

@Resolver(() => MyDataModel)
export class MyDataResolver {
  constructor(private readonly getMyData: GetMyDataHandler) {}

  @Query(() => MyDataModel, { description: 'Everything the platform holds about you, as one document' })
  // The subject is the caller: the use case applies the policy to the personId it is asked for.
  @Authorize(READ_MY_DATA, { resource: 'record' })
  async myData(@CurrentIdentity() identity: Identity) {
    return MyDataModel.from(
      await this.getMyData.execute(new GetMyDataQuery(identity.personId ?? '', identity)),
    );
  }

  @ResolveReference()
  @Authorize(READ_MY_DATA, { resource: (_args, reference: { personId: string }) => reference })
  async resolveReference(@Parent() reference: { personId: string }, @Context() context: GraphQLContext) {
    return MyDataModel.from(
      await this.getMyData.execute(new GetMyDataQuery(reference.personId, context.identity)),
    );
  }
}
