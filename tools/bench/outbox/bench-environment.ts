import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@civil/messaging';
import { Client } from 'pg';
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

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A throwaway database on DATABASE_URL's server (default: the local server on 127.0.0.1:5432). */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `bench_outbox_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
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
