import { Injectable } from '@nestjs/common';
import { GetVacanciesByIdsHandler } from '../../../vacancy/application/get-vacancies-by-ids/get-vacancies-by-ids.handler';
import { GetVacanciesByIdsQuery } from '../../../vacancy/application/get-vacancies-by-ids/get-vacancies-by-ids.query';
import { VacancySnapshot } from '../../../vacancy/domain/vacancy.aggregate';
import { InvalidVacancyPageSize } from '../../../vacancy-search/application/vacancy-search.errors';
import { inSearchOrder, MAX_PAGE_SIZE } from '../../../vacancy-search/application/vacancy-search.pages';
import { InvalidAlertCursor } from '../saved-search.errors';
import { ownerOf } from '../saved-search.owner';
import { SavedSearchStore, VacancyAlert } from '../saved-search.store';
import { MyAlertsQuery } from './my-alerts.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AlertsPage {
  edges: { cursor: string; node: VacancyAlert & { vacancy?: VacancySnapshot } }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string };
}

/**
 * The caller's alerts, newest first, each with its vacancy read through the vacancy area in one batch. Alert ids are
 * UUIDv7, so the id is the keyset cursor: time order, no ties.
 */
@Injectable()
export class MyAlertsHandler {
  constructor(
    private readonly store: SavedSearchStore,
    private readonly vacancies: GetVacanciesByIdsHandler,
  ) {}

  async execute({ first, after, unreadOnly, identity }: MyAlertsQuery): Promise<AlertsPage> {
    const personId = ownerOf(identity);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
      throw new InvalidVacancyPageSize(MAX_PAGE_SIZE);
    const afterId = after === undefined ? undefined : decodeAlertCursor(after);
    const rows = await this.store.alertsFor(personId, unreadOnly, first + 1, afterId);
    const page = rows.slice(0, first);
    const ids = [...new Set(page.map((alert) => alert.vacancyId))];
    const loaded = ids.length === 0 ? [] : await this.vacancies.execute(new GetVacanciesByIdsQuery(ids));
    const found = inSearchOrder(ids, loaded);
    const vacancies = new Map(ids.map((id, index) => [id, found[index]]));
    return {
      edges: page.map((alert) => ({
        cursor: encodeAlertCursor(alert.id),
        node: { ...alert, vacancy: vacancies.get(alert.vacancyId) },
      })),
      pageInfo: {
        hasNextPage: rows.length > first,
        ...(page.length > 0 && { endCursor: encodeAlertCursor(page[page.length - 1].id) }),
      },
    };
  }
}

function encodeAlertCursor(id: string): string {
  return Buffer.from(`alert:${id}`).toString('base64url');
}

function decodeAlertCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith('alert:') ? text.slice('alert:'.length) : '';
  if (!UUID.test(id)) throw new InvalidAlertCursor();
  return id;
}
