import { Type } from '@nestjs/common';
import { Directive, Field, ObjectType } from '@nestjs/graphql';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string;
}

/**
 * The `PageInfo` of a subgraph's cursor connections, registered in that subgraph's type scope (see SubgraphDefinition
 * `typeScope`): every subgraph declares the same shareable type, so each needs its own class in its own scope.
 */
export function pageInfoType(scope: () => Type): Type<PageInfo> {
  @ObjectType('PageInfo', { registerIn: scope })
  @Directive('@shareable')
  class PageInfoModel implements PageInfo {
    @Field(() => Boolean)
    hasNextPage: boolean;

    @Field(() => String, {
      nullable: true,
      description: 'Pass as `after` for the next page; null on an empty page',
    })
    endCursor?: string;
  }
  return PageInfoModel;
}
