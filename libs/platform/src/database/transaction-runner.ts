/**
 * The unit of work a command handler opens: everything inside `run` commits or rolls back together (style rule 8: one
 * place owns the transaction). Repositories and the outbox find the open transaction themselves, so the application
 * layer never touches TypeORM.
 */
export abstract class TransactionRunner {
  abstract run<T>(work: () => Promise<T>): Promise<T>;
}
