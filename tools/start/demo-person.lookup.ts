import { Client } from 'pg';

/**
 * A demo person's id, for the token `npm start` prints. Read straight from the people database that the starter
 * runs for development: the API has no lookup by staff number, and a first start's ids are long gone by the next.
 */
export async function findPersonId(
  peopleDatabaseUrl: string,
  staffNumber: string,
): Promise<string | undefined> {
  const client = new Client({ connectionString: peopleDatabaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM person WHERE staff_number = $1', [
      staffNumber,
    ]);
    return rows[0]?.id;
  } finally {
    await client.end();
  }
}
