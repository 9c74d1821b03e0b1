import type { Identity } from '@civil/auth';
import { MobilityPreferences } from '../../domain/person.aggregate';

export class SetMobilityPreferencesCommand {
  constructor(
    readonly personId: string,
    readonly preferences: MobilityPreferences,
    readonly expectedVersion: number | undefined,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
