import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { MoveSnapshot } from '../domain/move.aggregate';
import { MoveModel } from './move.model';

// Shareable: people's and vacancies' connections declare the same PageInfo.
@ObjectType('PageInfo', { registerIn: () => MovesSchemaScope })
@Directive('@shareable')
export class MovesPageInfoModel {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on an empty page',
  })
  endCursor?: string;
}

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
  pageInfo: MovesPageInfoModel;

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
