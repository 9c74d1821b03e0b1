import type { Identity } from '@civil/auth';

/** The hiring department offers an applicant the post: the offer becomes a move on these terms. */
export class OfferMoveCommand {
  constructor(
    readonly applicationId: string,
    readonly identity: Identity,
    readonly traceId: string,
    readonly terms: { startsOn: string; endsOn?: string; hoursPerWeek?: number; payer: 'HOME' | 'HOST' },
  ) {}
}
