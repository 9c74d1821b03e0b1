import { PageInfo, pageInfoType } from '@civil/platform';
import { Field, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { MoveSnapshot } from '../domain/move.aggregate';
import { MoveModel } from './move.model';

export const MovesPageInfoModel = pageInfoType(() => MovesSchemaScope);

@ObjectType('MoveEdge', { registerIn: () => MovesSchemaScope })
export class MoveEdgeModel {
  @Field(() => String)
  cursor: string;

  @Field(() => MoveModel)
  node: MoveModel;
}

export const moveCursor = (move: MoveSnapshot) =>
  Buffer.from(JSON.stringify([move.terms.startsOn, move.id])).toString('base64url');

/** A page of moves, latest start first. */
@ObjectType('MoveConnection', { registerIn: () => MovesSchemaScope })
export class MoveConnectionModel {
  @Field(() => [MoveEdgeModel])
  edges: MoveEdgeModel[];

  @Field(() => MovesPageInfoModel)
  pageInfo: PageInfo;

  /** `rows` holds one more than the page when there is a next page. */
  static from(rows: MoveSnapshot[], first: number): MoveConnectionModel {
    const page = rows.slice(0, first);
    return Object.assign(new MoveConnectionModel(), {
      edges: page.map((move) =>
        Object.assign(new MoveEdgeModel(), { cursor: moveCursor(move), node: MoveModel.from(move) }),
      ),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length > 0 ? moveCursor(page[page.length - 1]) : undefined,
      },
    });
  }
}
