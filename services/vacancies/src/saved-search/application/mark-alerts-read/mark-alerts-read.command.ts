import { Identity } from '@civil/auth';

export class MarkAlertReadCommand {
  constructor(
    readonly id: string,
    readonly identity: Identity,
  ) {}
}

export class MarkAllAlertsReadCommand {
  constructor(readonly identity: Identity) {}
}
