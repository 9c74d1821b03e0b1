import type { Identity } from '@civil/auth';
import { PersonDetailsChanges } from '../../domain/person.aggregate';

export class UpdatePersonCommand {
  constructor(
    readonly personId: string,
    readonly changes: PersonDetailsChanges,
    readonly expectedVersion: number,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
