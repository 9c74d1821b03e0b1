import type { Identity } from '@civil/auth';

export class GetMoveQuery {
  constructor(
    readonly moveId: string,
    readonly identity: Identity,
  ) {}
}
