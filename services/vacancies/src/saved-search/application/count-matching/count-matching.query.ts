import { Identity } from '@civil/auth';
import { SavedFilter } from '../../domain/saved-search';

/** How many open vacancies the caller may see match a saved filter now. */
export class CountMatchingQuery {
  constructor(
    readonly filter: SavedFilter,
    readonly identity: Identity,
  ) {}
}
