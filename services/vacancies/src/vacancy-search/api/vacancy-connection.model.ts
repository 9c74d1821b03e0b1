import { PageInfo, pageInfoType } from '@civil/platform';
import { Field, ObjectType } from '@nestjs/graphql';
import { VacancyModel } from '../../vacancy/api/vacancy.model';
import { VacanciesSchemaScope } from '../../vacancies-schema.scope';
import { VacancySearchPage } from '../application/vacancy-search.pages';

export const VacancyPageInfoModel = pageInfoType(() => VacanciesSchemaScope);

@ObjectType('VacancyEdge', { registerIn: () => VacanciesSchemaScope })
export class VacancyEdgeModel {
  @Field(() => String)
  cursor: string;

  @Field(() => VacancyModel)
  node: VacancyModel;
}

/** A page of open vacancies in the order asked for; `totalCount` is counted only when asked for. */
@ObjectType('VacancyConnection', { registerIn: () => VacanciesSchemaScope })
export class VacancyConnectionModel {
  @Field(() => [VacancyEdgeModel])
  edges: VacancyEdgeModel[];

  @Field(() => VacancyPageInfoModel)
  pageInfo: PageInfo;

  countTotal: () => Promise<number>;

  static from(page: VacancySearchPage): VacancyConnectionModel {
    return Object.assign(new VacancyConnectionModel(), {
      edges: page.edges.map(({ cursor, node }) =>
        Object.assign(new VacancyEdgeModel(), { cursor, node: VacancyModel.from(node) }),
      ),
      pageInfo: Object.assign(new VacancyPageInfoModel(), page.pageInfo),
      countTotal: page.totalCount,
    });
  }
}
