import { Client } from 'pg';
import { PlanningData, loadPlanningData } from './planning-data';

/**
 * The matching bench's own database (`matching_bench` on DATABASE_URL's server), kept between runs when asked
 * (BENCH_KEEP=1) so that tuning a query does not mean loading 520,000 people again; dropped otherwise.
 */
export const MATCHING_BENCH_DATABASE = 'matching_bench';

export function serverUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(): string {
  const url = new URL(serverUrl());
  url.pathname = `/${MATCHING_BENCH_DATABASE}`;
  return url.toString();
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const databaseExists = () =>
  onServer(async (client) => {
    const { rows } = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [
      MATCHING_BENCH_DATABASE,
    ]);
    return rows.length === 1;
  });

export const createDatabase = () =>
  onServer((client) => client.query(`CREATE DATABASE ${MATCHING_BENCH_DATABASE}`));

export const dropDatabase = () =>
  onServer((client) => client.query(`DROP DATABASE IF EXISTS ${MATCHING_BENCH_DATABASE} WITH (FORCE)`));

export type { PlanningData };
export { loadPlanningData };
