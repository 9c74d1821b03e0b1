import { DataSource, EntityManager } from 'typeorm';
import { EventHandler, OutboxWriter } from '../../src';
import { CounterContracts, CounterIncrementedV1 } from './counter-events';

/**
 * One command of the producing "service": bump the counter and append the event in the same transaction. The
 * upsert's row lock serialises writes to one counter, so outbox ids follow its versions. The amount is a function
 * of counter and version, so every run of a workload produces the same events.
 */
export async function incrementCounter(
  dataSource: DataSource,
  writer: OutboxWriter,
  contracts: CounterContracts,
  counterId: string,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const [{ version }] = await manager.query(
      `INSERT INTO counter (id, version, total) VALUES ($1, 1, 0)
       ON CONFLICT (id) DO UPDATE SET version = counter.version + 1 RETURNING version`,
      [counterId],
    );
    const amount = amountFor(counterId, version);
    await manager.query(`UPDATE counter SET total = total + $2 WHERE id = $1`, [counterId, amount]);
    await writer.append(manager, contracts.incremented, {
      subject: counterId,
      aggregateVersion: version,
      data: { counterId, amount },
    });
    return version as number;
  });
}

/** The consuming side's effect: a projection that also counts how often it was applied, to expose double effects. */
export const projectCounter: EventHandler = async (event, manager: EntityManager) => {
  const data = event.data as CounterIncrementedV1;
  await manager.query(
    `INSERT INTO counter_projection (id, version, total, applied) VALUES ($1, $2, $3, 1)
     ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, total = counter_projection.total + EXCLUDED.total,
       applied = counter_projection.applied + 1`,
    [data.counterId, event.aggregateversion, data.amount],
  );
};

export interface ProjectedCounter {
  id: string;
  version: number;
  total: number;
  applied: number;
}

export async function readProjection(dataSource: DataSource): Promise<ProjectedCounter[]> {
  return dataSource.query(`SELECT id, version, total, applied FROM counter_projection ORDER BY id`);
}

/** The same amounts on every run, so two runs of a workload can be compared row for row. */
export function amountFor(counterId: string, version: number): number {
  let hash = 7;
  for (const char of `${counterId}#${version}`) hash = (hash * 31 + char.charCodeAt(0)) % 997;
  return 1 + (hash % 100);
}

/** Writes `perCounter` increments to each counter, counters in parallel and each counter's in order. */
export async function runWorkload(
  dataSource: DataSource,
  writer: OutboxWriter,
  contracts: CounterContracts,
  counterIds: string[],
  perCounter: number,
): Promise<void> {
  await Promise.all(
    counterIds.map(async (counterId) => {
      for (let i = 0; i < perCounter; i++) await incrementCounter(dataSource, writer, contracts, counterId);
    }),
  );
}

export function counterIds(count: number, prefix = 'counter'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
}
