/** An audit entry must commit with the change it records: written outside a transaction, it could outlive a rollback. */
export class AuditOutsideTransactionError extends Error {
  constructor(operation: string) {
    super(`The audit entry for ${operation} must be recorded inside TransactionRunner.run`);
    this.name = 'AuditOutsideTransactionError';
  }
}
