import { Client } from 'pg';
import { redactUrl } from './service-database-url';

const DUPLICATE_DATABASE = '42P04';
// Two concurrent CREATE DATABASE statements: the loser trips the catalog's unique index instead of 42P04.
const UNIQUE_VIOLATION = '23505';

function createdByAnother(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return (
    code === DUPLICATE_DATABASE || (code === UNIQUE_VIOLATION && constraint === 'pg_database_datname_index')
  );
}

/**
 * Creates `dbName` on the server when it is missing, so a service starts on a bare server. `serverUrl` is any database
 * on that server this user may connect to (usually `postgres`). Idempotent, and safe when two replicas race.
 */
export async function ensureDatabase(serverUrl: string, dbName: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(dbName))
    throw new Error(`Refusing to create database with unusual name '${dbName}'`);
  const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot reach PostgreSQL at ${redactUrl(serverUrl)}: ${(error as Error).message}`);
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE "${dbName}"`);
  } catch (error) {
    if (!createdByAnother(error)) throw error;
  } finally {
    await client.end();
  }
}
