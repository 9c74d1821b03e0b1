import { Identity } from '@civil/auth';

/** The people who could best fill a vacancy, best first (README, "How matches are ranked"). */
export class SuggestCandidatesQuery {
  constructor(
    readonly identity: Identity,
    readonly vacancyId: string,
    readonly first: number,
  ) {}
}
