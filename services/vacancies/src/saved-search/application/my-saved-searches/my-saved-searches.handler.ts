import { Injectable } from '@nestjs/common';
import { ownerOf } from '../saved-search.owner';
import { SavedSearchStore, SavedSearchView } from '../saved-search.store';
import { MySavedSearchesQuery } from './my-saved-searches.query';

/** The caller's saved searches, oldest first, each with how many of its alerts are unread. */
@Injectable()
export class MySavedSearchesHandler {
  constructor(private readonly store: SavedSearchStore) {}

  async execute({ identity }: MySavedSearchesQuery): Promise<SavedSearchView[]> {
    return this.store.listFor(ownerOf(identity));
  }
}
