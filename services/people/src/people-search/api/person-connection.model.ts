import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '../../person/api/person.model';
import { PeopleSchemaScope } from '../../people-schema.scope';
import { PeopleSearchPage } from '../application/people-search.pages';

// Shareable: other subgraphs' connections will declare the same PageInfo.
@ObjectType('PageInfo', { registerIn: () => PeopleSchemaScope })
@Directive('@shareable')
export class PageInfoModel {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on an empty page',
  })
  endCursor?: string;
}

@ObjectType('PersonEdge', { registerIn: () => PeopleSchemaScope })
export class PersonEdgeModel {
  @Field(() => String)
  cursor: string;

  @Field(() => PersonModel)
  node: PersonModel;
}

/** A page of people, in family name, given name order; `totalCount` is counted only when asked for. */
@ObjectType('PersonConnection', { registerIn: () => PeopleSchemaScope })
export class PersonConnectionModel {
  @Field(() => [PersonEdgeModel])
  edges: PersonEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  countTotal: () => Promise<number>;

  static from(page: PeopleSearchPage): PersonConnectionModel {
    return Object.assign(new PersonConnectionModel(), {
      edges: page.edges.map(({ cursor, node }) =>
        Object.assign(new PersonEdgeModel(), { cursor, node: PersonModel.from(node) }),
      ),
      pageInfo: Object.assign(new PageInfoModel(), page.pageInfo),
      countTotal: page.totalCount,
    });
  }
}
