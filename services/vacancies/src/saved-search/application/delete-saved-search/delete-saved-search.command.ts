import { Identity } from '@civil/auth';

export class DeleteSavedSearchCommand {
  constructor(
    readonly id: string,
    readonly identity: Identity,
  ) {}
}
