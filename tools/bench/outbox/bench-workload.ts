import { randomUUID } from 'node:crypto';
import { EventDefinition, PersonRegisteredV1, defineEvent } from '@civil/contracts';
import { EventHandler, OutboxWriter } from '@civil/messaging';
import { DataSource } from 'typeorm';

/** The real PersonRegistered contract, on a topic of the bench's own, so payloads are production-sized. */
export function benchEvent(topic: string): EventDefinition<PersonRegisteredV1> {
  return defineEvent(topic, 'PersonRegistered', PersonRegisteredV1);
}

const GRADES = ['AA', 'AO', 'EO', 'HEO', 'SEO', 'G7', 'G6'];
const writer = new OutboxWriter({ source: '/bench/people' });

/**
 * Appends `count` events over `people` aggregates (each person's versions in order), `perTransaction` at a time.
 * Returns events per second written.
 */
export async function fillOutbox(
  dataSource: DataSource,
  definition: EventDefinition<PersonRegisteredV1>,
  count: number,
  { people = 2_000, perTransaction = 500 } = {},
): Promise<number> {
  const ids = Array.from({ length: people }, () => randomUUID());
  const started = performance.now();
  for (let first = 0; first < count; first += perTransaction) {
    await dataSource.transaction(async (manager) => {
      for (let n = first; n < Math.min(count, first + perTransaction); n++) {
        const personId = ids[n % people];
        await writer.append(manager, definition, {
          subject: personId,
          aggregateVersion: Math.floor(n / people) + 1,
          data: {
            personId,
            departmentCode: 'HMRC',
            grade: GRADES[n % GRADES.length],
            profession: 'Digital, Data and Technology',
            location: 'Newcastle',
            fte: 1,
            startedInPostOn: '2025-04-01',
            status: 'ACTIVE',
          },
        });
      }
    });
  }
  return count / ((performance.now() - started) / 1000);
}

/** A consumer's typical effect: one upsert into its own projection. */
export const projectPerson: EventHandler = async (event, manager) => {
  await manager.query(
    `INSERT INTO person_projection (id, version, grade) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, grade = EXCLUDED.grade`,
    [event.subject, event.aggregateversion, event.data.grade],
  );
};
