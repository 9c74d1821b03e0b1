import { PageInfo, pageInfoType } from '@civil/platform';
import { Field, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '../../person/api/person.model';
import { PeopleSchemaScope } from '../../people-schema.scope';
import { PeopleSearchPage } from '../application/people-search.pages';

export const PageInfoModel = pageInfoType(() => PeopleSchemaScope);

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
  pageInfo: PageInfo;

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
