import { SavedSearch } from '../domain/saved-search';

export interface SavedSearchView extends SavedSearch {
  /** Alerts this search raised that its owner has not marked read. */
  unreadAlerts: number;
}

export interface VacancyAlert {
  id: string;
  savedSearchId: string;
  savedSearchName: string;
  personId: string;
  vacancyId: string;
  raisedAt: Date;
  readAt?: Date;
}

/** An alert just raised, for its event. */
export interface RaisedAlert {
  alertId: string;
  savedSearchId: string;
  personId: string;
  vacancyId: string;
}

export abstract class SavedSearchStore {
  /** Serialises one person's saves, so two at once cannot both pass the limit. Inside the open transaction. */
  abstract lockPerson(personId: string): Promise<void>;
  abstract countFor(personId: string): Promise<number>;
  /** false when the person already has a search of that name. */
  abstract insert(search: SavedSearch): Promise<boolean>;
  abstract findById(id: string): Promise<SavedSearch | undefined>;
  abstract delete(id: string): Promise<void>;
  abstract listFor(personId: string): Promise<SavedSearchView[]>;

  /**
   * Records one alert for every saved search the vacancy matches now (open, closing date not passed, visible to the
   * saver, every criterion), skipping searches already alerted about it. Answers only the alerts it created.
   */
  abstract raiseAlerts(
    vacancyId: string,
    today: string,
    at: Date,
    newId: () => string,
  ): Promise<RaisedAlert[]>;

  /** Up to `limit` of a person's alerts, newest first, after `afterId`. */
  abstract alertsFor(
    personId: string,
    unreadOnly: boolean,
    limit: number,
    afterId?: string,
  ): Promise<VacancyAlert[]>;
  abstract findAlert(id: string): Promise<VacancyAlert | undefined>;
  abstract markRead(id: string, at: Date): Promise<void>;
  /** Answers how many it marked. */
  abstract markAllRead(personId: string, at: Date): Promise<number>;
}
