import { Identity } from '@civil/auth';
import { SavedFilter } from '../../domain/saved-search';

export class SaveSearchCommand {
  constructor(
    readonly name: string,
    readonly filter: SavedFilter,
    readonly identity: Identity,
  ) {}
}
