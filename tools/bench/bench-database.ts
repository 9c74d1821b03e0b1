import { createTestDatabase, TestDatabase } from '@civil/testing';

/**
 * A throwaway database on DATABASE_URL's server, as the integration tests get one; a bench run on a laptop defaults
 * to the local server on 127.0.0.1:5432 rather than failing.
 */
export function createBenchDatabase(prefix: string): Promise<TestDatabase> {
  process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  return createTestDatabase(prefix);
}
