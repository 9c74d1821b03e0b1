import type { Identity } from '@civil/auth';

/** withdraw (the applicant), shortlist or reject with feedback (the hiring department). */
export class ChangeApplicationCommand {
  constructor(
    readonly change: 'withdraw' | 'shortlist' | 'reject',
    readonly applicationId: string,
    readonly identity: Identity,
    readonly traceId: string,
    readonly feedback?: string,
    readonly expectedVersion?: number,
  ) {}
}
