import { Client } from 'pg';

/**
 * Everything migrations decide about a database, as comparable text: tables, columns, indexes, constraints and the
 * migrations recorded. Two snapshots are equal when a restart changed nothing.
 */
export async function schemaSnapshot(
  databaseUrl: string,
): Promise<Record<string, Record<string, unknown>[]>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await query(`SELECT table_name, column_name, data_type, is_nullable, column_default
                            FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
      indexes: await query(
        `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
      ),
      constraints:
        await query(`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                                FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
      migrations: await query(`SELECT id, timestamp, name FROM migrations ORDER BY id`),
    };
  } finally {
    await client.end();
  }
}
