import { Authorize, Identity, LIST_MOVES } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ListMovesHandler } from '../application/list-moves/list-moves.handler';
import { ListMovesQuery } from '../application/list-moves/list-moves.query';
import { MoveCursor } from '../application/move-view';
import { MoveConnectionModel } from './move-connection.model';
import { ApprovalsQueueArgs, MovesArgs } from './move.inputs';
import { MoveModel } from './move.model';

function decodeCursor(after: string | undefined): MoveCursor | undefined {
  if (after === undefined) return undefined;
  try {
    const [startsOn, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string];
    if (/^\d{4}-\d{2}-\d{2}$/.test(startsOn) && /^[0-9a-f-]{36}$/i.test(id)) return { startsOn, id };
  } catch {
    // falls through to the error below
  }
  throw new GraphQLError('after is not a cursor this query returned', {
    extensions: { code: 'BAD_USER_INPUT', field: 'after' },
  });
}

/** Lists of moves; each caller sees the moves READ_MOVE lets them read, applied in the query. */
@Resolver()
export class MoveListsResolver {
  constructor(private readonly lists: ListMovesHandler) {}

  @Query(() => MoveConnectionModel, { description: 'Moves by person, department in or out, status and kind' })
  @Authorize(LIST_MOVES)
  async moves(@Args() { filter, first, after }: MovesArgs, @CurrentIdentity() identity: Identity) {
    const rows = await this.lists.execute(
      new ListMovesQuery(identity, filter ?? {}, first + 1, decodeCursor(after)),
    );
    return MoveConnectionModel.from(rows, first);
  }

  @Query(() => MoveConnectionModel, { description: 'The caller’s own moves' })
  @Authorize(LIST_MOVES)
  async myMoves(@Args() { first, after }: MovesArgs, @CurrentIdentity() identity: Identity) {
    if (!identity.personId) return MoveConnectionModel.from([], first);
    const self = { ...identity, roles: ['EMPLOYEE' as const], crossGovernment: false };
    const query = new ListMovesQuery(self, { personId: identity.personId }, first + 1, decodeCursor(after));
    return MoveConnectionModel.from(await this.lists.execute(query), first);
  }

  @Query(() => [MoveModel], {
    description:
      "Moves waiting for the caller: their department's release or acceptance, their consent, tenure holds",
  })
  @Authorize(LIST_MOVES)
  async approvalsQueue(@Args() { first }: ApprovalsQueueArgs, @CurrentIdentity() identity: Identity) {
    const rows = await this.lists.approvalsQueue(new ListMovesQuery(identity, {}, first));
    return rows.map(MoveModel.from);
  }
}
