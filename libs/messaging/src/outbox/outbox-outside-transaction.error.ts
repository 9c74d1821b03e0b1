/**
 * An outbox row written outside the transaction of the change it reports could be committed without the change,
 * or the change without it. The writer refuses, so publishing outside a transaction cannot happen by accident.
 */
export class OutboxOutsideTransactionError extends Error {
  readonly code = 'OUTBOX.OUTSIDE_TRANSACTION';

  constructor(eventType: string) {
    super(
      `${eventType} must be appended to the outbox inside the transaction that makes the change: ` +
        'pass the EntityManager of an active transaction (dataSource.transaction(manager => ...)).',
    );
    this.name = 'OutboxOutsideTransactionError';
  }
}
