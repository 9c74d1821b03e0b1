import { testServerUrl } from '@civil/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ensureDatabase, withDatabase } from '../src';

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('ensureDatabase (real PostgreSQL)', () => {
  const name = `ensure_${randomBytes(5).toString('hex')}`;

  afterAll(() => onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it('creates a missing database, and does nothing when it exists or when two callers race', async () => {
    const server = withDatabase(testServerUrl(), 'postgres');

    await Promise.all([ensureDatabase(server, name), ensureDatabase(server, name)]);
    await ensureDatabase(server, name);

    const { rowCount } = await onServer((client) =>
      client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]),
    );
    expect(rowCount).toBe(1);
  });

  it('names the server it cannot reach', async () => {
    await expect(ensureDatabase('postgres://postgres@127.0.0.1:1/postgres', name)).rejects.toThrow(
      /Cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/postgres/,
    );
  });
});
