import { TestDatabase, createTestDatabase } from '@civil/testing';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '../../src';

/** The producer's state (counter) and the consumer's projection of it, as a service would have them. */
class CreateCounterTables1700000000000 implements MigrationInterface {
  name = 'CreateCounterTables1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE counter (id text PRIMARY KEY, version integer NOT NULL, total integer NOT NULL)`,
    );
    await queryRunner.query(`
      CREATE TABLE counter_projection (
        id text PRIMARY KEY, version integer NOT NULL, total integer NOT NULL, applied integer NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE counter_projection`);
    await queryRunner.query(`DROP TABLE counter`);
  }
}

export interface MessagingTestDatabase {
  database: TestDatabase;
  dataSource: DataSource;
  /** Another pool on the same database, named so a test can find and kill its connections. */
  openDataSource(applicationName: string): Promise<DataSource>;
  close(): Promise<void>;
}

async function open(url: string, applicationName: string): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    applicationName,
    entities: MESSAGING_ENTITIES,
    migrations: [...MESSAGING_MIGRATIONS, CreateCounterTables1700000000000],
    poolSize: 10,
  });
  return dataSource.initialize();
}

/** A database of its own with the messaging migrations (run the way a service runs them) and the counter tables. */
export async function createMessagingTestDatabase(prefix: string): Promise<MessagingTestDatabase> {
  const database = await createTestDatabase(prefix);
  const dataSource = await open(database.url, 'messaging-test');
  await dataSource.runMigrations({ transaction: 'each' });
  const others: DataSource[] = [];
  return {
    database,
    dataSource,
    openDataSource: async (applicationName) => {
      const other = await open(database.url, applicationName);
      others.push(other);
      return other;
    },
    close: async () => {
      for (const other of others) if (other.isInitialized) await other.destroy();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
