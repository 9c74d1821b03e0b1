/** An `after` for myAlerts that is not a cursor from a page of alerts. BAD_USER_INPUT on `after`. */
export class InvalidAlertCursor extends Error {
  readonly code = 'SAVED_SEARCH.INVALID_CURSOR';
  readonly field = 'after';

  constructor() {
    super('after is not a cursor from a page of your alerts');
    this.name = 'InvalidAlertCursor';
  }
}
