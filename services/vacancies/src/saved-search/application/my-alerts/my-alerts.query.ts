import { Identity } from '@civil/auth';

export class MyAlertsQuery {
  constructor(
    readonly first: number,
    readonly after: string | undefined,
    readonly unreadOnly: boolean,
    readonly identity: Identity,
  ) {}
}
