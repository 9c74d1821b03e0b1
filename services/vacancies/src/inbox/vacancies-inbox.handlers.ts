import type { EventHandler } from '@civil/messaging';
import { InboxHandlers } from '@civil/platform';
import { Injectable } from '@nestjs/common';

/**
 * What vacancies takes in, gathered from the areas that handle it: the moves saga's post reservation requests and
 * outcomes (post-reservation), and its own published vacancies, matched against saved searches (saved-search).
 * Each handler runs in the inbox's transaction, so its effect and the inbox row commit together (style rule 7).
 */
@Injectable()
export class VacanciesInboxHandlers implements InboxHandlers {
  constructor() {}

  handlers(): Record<string, EventHandler> {
    return {};
  }
}

/** The topics those events travel on: what the vacancies consumer subscribes to. */
export const VACANCIES_TOPICS: string[] = [];
