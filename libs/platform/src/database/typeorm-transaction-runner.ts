import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionRunner } from './transaction-runner';

/** Holds the open transaction's EntityManager for the async call chain that `run` started. */
export class TypeOrmTransactionRunner extends TransactionRunner {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    // A nested run joins the outer transaction: the outermost caller decides when to commit.
    if (this.current.getStore()) return work();
    return this.dataSource.transaction((manager) => this.current.run(manager, work));
  }

  /**
   * Runs `work` inside a transaction someone else opened, e.g. the inbox consumer's: an event's effect and its inbox
   * row must commit together, so projections write through the inbox's manager.
   */
  join<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('join needs an EntityManager inside an open transaction');
    return this.current.run(manager, work);
  }

  /** The open transaction's manager. Writes outside a transaction are a bug, so this refuses them. */
  manager(): EntityManager {
    const manager = this.current.getStore();
    if (!manager) throw new Error('No open transaction: wrap the command handler in TransactionRunner.run');
    return manager;
  }

  /** For reads: the open transaction when there is one, so a handler reads its own writes. */
  readManager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }
}
