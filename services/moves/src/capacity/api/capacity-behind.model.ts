import { PageInfo } from '@civil/platform';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { MovesPageInfoModel } from '../../move/api/move-connection.model';
import { MoveModel } from '../../move/api/move.model';
import { PersonReference } from '../../person-read-model/api/person.reference';
import { VacancyReference } from '../../vacancy-read-model/api/vacancy.reference';
import { CapacityBehindItem } from '../application/capacity-behind/capacity-behind.handler';

@ObjectType('CapacityBehindEntry', {
  registerIn: () => MovesSchemaScope,
  description:
    'One thing a figure counts: a person (with the move that puts them there or away), a move (incoming, outgoing) or a vacancy (open posts)',
})
export class CapacityBehindEntryModel {
  @Field(() => PersonReference, { nullable: true })
  person?: { __typename: 'Person'; id: string };

  @Field(() => MoveModel, {
    nullable: true,
    description: 'The move behind the entry; null when there is none, or the caller may not read it',
  })
  move?: MoveModel;

  @Field(() => VacancyReference, { nullable: true })
  vacancy?: { __typename: 'Vacancy'; id: string };

  @Field(() => Float, {
    description: "The entry's FTE: entries add up to the figure (specialists are counted in people)",
  })
  fte: number;
}

@ObjectType('CapacityBehindEdge', { registerIn: () => MovesSchemaScope })
export class CapacityBehindEdgeModel {
  @Field(() => String)
  cursor: string;

  @Field(() => CapacityBehindEntryModel)
  node: CapacityBehindEntryModel;
}

export const behindCursor = (key: string) => Buffer.from(key).toString('base64url');

/** A page of what lies behind a figure, by person (then move) or vacancy id. */
@ObjectType('CapacityBehindConnection', { registerIn: () => MovesSchemaScope })
export class CapacityBehindConnectionModel {
  @Field(() => [CapacityBehindEdgeModel])
  edges: CapacityBehindEdgeModel[];

  @Field(() => MovesPageInfoModel)
  pageInfo: PageInfo;

  /** `items` holds one more than the page when there is a next page. */
  static from(items: CapacityBehindItem[], first: number): CapacityBehindConnectionModel {
    const page = items.slice(0, first);
    const edges = page.map((item) => {
      const node = Object.assign(new CapacityBehindEntryModel(), {
        fte: item.fte,
        person: item.personId ? { __typename: 'Person', id: item.personId } : undefined,
        vacancy: item.vacancyId ? { __typename: 'Vacancy', id: item.vacancyId } : undefined,
        move: item.move ? MoveModel.from(item.move) : undefined,
      });
      return Object.assign(new CapacityBehindEdgeModel(), { cursor: behindCursor(item.key), node });
    });
    return Object.assign(new CapacityBehindConnectionModel(), {
      edges,
      pageInfo: {
        hasNextPage: items.length > first,
        endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : undefined,
      },
    });
  }
}
