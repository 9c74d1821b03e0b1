import { Authorize, Identity, READ_MY_DATA } from '@civil/auth';
import { CurrentIdentity, JsonScalar } from '@civil/platform';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FindMyMovesDataHandler } from '../application/find-my-moves-data/find-my-moves-data.handler';
import { FindMyMovesDataQuery } from '../application/find-my-moves-data/find-my-moves-data.query';
import { MyDataReference } from './my-data.reference';

/** Moves' field on MyData. */
@Resolver(() => MyDataReference)
export class MyDataMovesResolver {
  constructor(private readonly findMyMovesData: FindMyMovesDataHandler) {}

  @ResolveField(() => JsonScalar, {
    description: 'What moves holds about you: its copy of your people facts',
  })
  @Authorize(READ_MY_DATA, { resource: (_args, myData: MyDataReference) => myData })
  moves(@Parent() myData: MyDataReference, @CurrentIdentity() identity: Identity) {
    return this.findMyMovesData.execute(new FindMyMovesDataQuery(myData.personId, identity));
  }
}
