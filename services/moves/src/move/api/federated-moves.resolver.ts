import { Authorize, Identity, LIST_MOVES } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PersonReference } from '../../person-read-model/api/person.reference';
import { ListMovesHandler } from '../application/list-moves/list-moves.handler';
import { ListMovesQuery } from '../application/list-moves/list-moves.query';
import { MoveListFilter } from '../application/move-view';
import { DepartmentReference } from './department.reference';
import { MoveConnectionModel } from './move-connection.model';
import { MovesArgs } from './move.inputs';

// The same list as `moves(filter)`, scoped by READ_MOVE in the query: a field on another subgraph's entity shows the
// caller no more than the root query would.
async function page(
  lists: ListMovesHandler,
  identity: Identity,
  filter: MoveListFilter,
  { first }: MovesArgs,
) {
  return MoveConnectionModel.from(
    await lists.execute(new ListMovesQuery(identity, filter, first + 1)),
    first,
  );
}

@Resolver(() => PersonReference)
export class PersonMovesListResolver {
  constructor(private readonly lists: ListMovesHandler) {}

  @ResolveField(() => MoveConnectionModel, {
    description: "The person's moves the caller may read, latest first",
  })
  @Authorize(LIST_MOVES)
  moves(@Parent() person: PersonReference, @Args() args: MovesArgs, @CurrentIdentity() identity: Identity) {
    return page(this.lists, identity, { ...args.filter, personId: person.id }, args);
  }
}

@Resolver(() => DepartmentReference)
export class DepartmentMovesResolver {
  constructor(private readonly lists: ListMovesHandler) {}

  @ResolveField(() => MoveConnectionModel, { description: 'Moves into the department (as host)' })
  @Authorize(LIST_MOVES)
  inboundMoves(
    @Parent() department: DepartmentReference,
    @Args() args: MovesArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    return page(
      this.lists,
      identity,
      { ...args.filter, departmentCode: department.code, direction: 'IN' },
      args,
    );
  }

  @ResolveField(() => MoveConnectionModel, { description: 'Moves out of the department (as home)' })
  @Authorize(LIST_MOVES)
  outboundMoves(
    @Parent() department: DepartmentReference,
    @Args() args: MovesArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    return page(
      this.lists,
      identity,
      { ...args.filter, departmentCode: department.code, direction: 'OUT' },
      args,
    );
  }
}
