import type { EventHandler } from '@civil/messaging';
import { InboxHandlers } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { SAVED_SEARCH_TOPICS, SavedSearchInboxHandlers } from '../saved-search/saved-search.inbox-handlers';
import {
  POST_RESERVATION_TOPICS,
  PostReservationInboxHandlers,
} from '../post-reservation/inbox/post-reservation.inbox-handlers';

/**
 * What vacancies takes in, gathered from the areas that handle it: the moves saga's post reservation requests and
 * outcomes (post-reservation), and its own published vacancies, matched against saved searches (saved-search).
 * Each handler runs in the inbox's transaction, so its effect and the inbox row commit together (style rule 7).
 */
@Injectable()
export class VacanciesInboxHandlers implements InboxHandlers {
  constructor(
    private readonly savedSearch: SavedSearchInboxHandlers,
    private readonly postReservation: PostReservationInboxHandlers,
  ) {}

  handlers(): Record<string, EventHandler> {
    return { ...this.savedSearch.handlers(), ...this.postReservation.handlers() };
  }
}

/** The topics those events travel on: what the vacancies consumer subscribes to. */
export const VACANCIES_TOPICS: string[] = [...SAVED_SEARCH_TOPICS, ...POST_RESERVATION_TOPICS];
