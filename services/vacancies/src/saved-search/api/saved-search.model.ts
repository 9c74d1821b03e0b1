import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@civil/platform';
import { VacancyModel } from '../../vacancy/api/vacancy.model';
import { VacancyPageInfoModel } from '../../vacancy-search/api/vacancy-connection.model';
import { VacanciesSchemaScope } from '../../vacancies-schema.scope';
import { AlertsPage } from '../application/my-alerts/my-alerts.handler';
import { SavedSearchView, VacancyAlert } from '../application/saved-search.store';
import { SavedFilter, SavedSearch } from '../domain/saved-search';

/** The filter as saved, named as VacancyFilter names it; a criterion left out is null ("any"). */
@ObjectType('SavedVacancyFilter', { registerIn: () => VacanciesSchemaScope })
export class SavedVacancyFilterModel {
  @Field(() => [String], { nullable: true })
  departmentCodes?: string[];

  @Field(() => [String], { nullable: true })
  professions?: string[];

  @Field(() => [String], { nullable: true })
  grades?: string[];

  @Field(() => [String], { nullable: true })
  kinds?: string[];

  @Field(() => [String], { nullable: true })
  locations?: string[];

  @Field(() => Boolean, { nullable: true })
  remoteOnly?: boolean;

  @Field(() => [String], { nullable: true })
  skillCodes?: string[];

  @Field(() => String, { nullable: true })
  closingAfter?: string;

  static from({ moveKinds, text: _text, ...filter }: SavedFilter): SavedVacancyFilterModel {
    return Object.assign(new SavedVacancyFilterModel(), {
      ...filter,
      ...(moveKinds && { kinds: moveKinds }),
    });
  }
}

@ObjectType('SavedSearch', {
  registerIn: () => VacanciesSchemaScope,
  description: 'A search kept by its owner: a newly published vacancy that matches it raises one alert',
})
export class SavedSearchModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => SavedVacancyFilterModel)
  filter: SavedVacancyFilterModel;

  @Field(() => String, { nullable: true, description: 'The search words, if any' })
  search?: string;

  @Field(() => String, { description: 'When it was saved (ISO 8601)' })
  createdAt: string;

  @Field(() => Int, {
    description: 'Alerts this search raised that are not yet marked read: what is new since you looked',
  })
  unreadAlerts: number;

  personId: string;
  savedFilter: SavedFilter;

  static from(search: SavedSearch | SavedSearchView): SavedSearchModel {
    return Object.assign(new SavedSearchModel(), {
      id: search.id,
      name: search.name,
      filter: SavedVacancyFilterModel.from(search.filter),
      ...(search.filter.text !== undefined && { search: search.filter.text }),
      createdAt: search.createdAt.toISOString(),
      unreadAlerts: 'unreadAlerts' in search ? search.unreadAlerts : 0,
      personId: search.personId,
      savedFilter: search.filter,
    });
  }
}

@ObjectType('VacancyAlert', {
  registerIn: () => VacanciesSchemaScope,
  description: 'A newly published vacancy matched one of your saved searches',
})
export class VacancyAlertModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  savedSearchId: string;

  @Field(() => String)
  savedSearchName: string;

  @Field(() => ID)
  vacancyId: string;

  @Field(() => VacancyModel, {
    nullable: true,
    description: 'The vacancy as it is now (it may have closed since); null if it no longer exists',
  })
  vacancy?: VacancyModel;

  @Field(() => String, { description: 'When it was raised (ISO 8601)' })
  raisedAt: string;

  @Field(() => String, { nullable: true, description: 'When it was first marked read (ISO 8601)' })
  readAt?: string;

  @Field(() => Boolean)
  read: boolean;

  personId: string;

  static from(
    alert: VacancyAlert & { vacancy?: Parameters<typeof VacancyModel.from>[0] },
  ): VacancyAlertModel {
    return Object.assign(new VacancyAlertModel(), {
      id: alert.id,
      savedSearchId: alert.savedSearchId,
      savedSearchName: alert.savedSearchName,
      vacancyId: alert.vacancyId,
      ...(alert.vacancy && { vacancy: VacancyModel.from(alert.vacancy) }),
      raisedAt: alert.raisedAt.toISOString(),
      ...(alert.readAt && { readAt: alert.readAt.toISOString() }),
      read: alert.readAt !== undefined,
      personId: alert.personId,
    });
  }
}

@ObjectType('VacancyAlertEdge', { registerIn: () => VacanciesSchemaScope })
export class VacancyAlertEdgeModel {
  @Field(() => String)
  cursor: string;

  @Field(() => VacancyAlertModel)
  node: VacancyAlertModel;
}

@ObjectType('VacancyAlertConnection', { registerIn: () => VacanciesSchemaScope })
export class VacancyAlertConnectionModel {
  @Field(() => [VacancyAlertEdgeModel])
  edges: VacancyAlertEdgeModel[];

  @Field(() => VacancyPageInfoModel)
  pageInfo: PageInfo;

  static from(page: AlertsPage): VacancyAlertConnectionModel {
    return Object.assign(new VacancyAlertConnectionModel(), {
      edges: page.edges.map(({ cursor, node }) =>
        Object.assign(new VacancyAlertEdgeModel(), { cursor, node: VacancyAlertModel.from(node) }),
      ),
      pageInfo: Object.assign(new VacancyPageInfoModel(), page.pageInfo),
    });
  }
}
