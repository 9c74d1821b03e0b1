import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@civil/messaging';
import { DataSource } from 'typeorm';

const repo = resolve(__dirname, '../../..');

/** KAFKA_BROKERS when set; otherwise the repository's local broker, started (or reused) through kafka.sh. */
export function provideBrokers(): string[] {
  if (process.env.KAFKA_BROKERS) return process.env.KAFKA_BROKERS.split(',').map((broker) => broker.trim());
  const output = execFileSync('bash', [resolve(repo, 'infra/kafka/kafka.sh'), 'start'], { encoding: 'utf8' });
  const line = output.split('\n').find((candidate) => candidate.startsWith('KAFKA_BROKERS='));
  if (!line) throw new Error(`infra/kafka/kafka.sh start printed no broker address:\n${output}`);
  return [line.slice('KAFKA_BROKERS='.length).trim()];
}

/** Configured as a service configures its own: messaging entities and migrations, plus a projection table. */
export async function openBenchDataSource(url: string): Promise<DataSource> {
  const dataSource = await new DataSource({
    type: 'postgres',
    url,
    entities: MESSAGING_ENTITIES,
    migrations: MESSAGING_MIGRATIONS,
  }).initialize();
  await dataSource.runMigrations();
  await dataSource.query(
    `CREATE TABLE person_projection (id uuid PRIMARY KEY, version integer NOT NULL, grade text NOT NULL)`,
  );
  return dataSource;
}
