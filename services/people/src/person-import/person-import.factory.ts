import { PEOPLE_SOURCE } from '@civil/contracts';
import { OutboxWriter, systemClock } from '@civil/messaging';
import { redactUrl, TypeOrmTransactionRunner } from '@civil/platform';
import { DataSource } from 'typeorm';
import { PEOPLE_MIGRATIONS } from '../migrations';
import { CachedReferenceDataCatalog } from '../reference-data/application/cached-reference-data.catalog';
import { REFERENCE_DATA_ENTITIES } from '../reference-data/infrastructure/reference-data.orm-entities';
import { TypeOrmReferenceDataStore } from '../reference-data/infrastructure/typeorm-reference-data.store';
import { PersonImporter } from './person-importer';

/** The import cannot run against this database or configuration; the message says what to do. */
export class ImportSetupError extends Error {
  override name = 'ImportSetupError';
}

export interface PersonImportSession {
  importer: PersonImporter;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The import never changes the schema: the people service owns its migrations and runs them at start-up, and two
 * processes migrating one database at once is a race. A database the service has not migrated is refused, naming
 * the first migration missing.
 */
export async function assertMigrated(dataSource: DataSource): Promise<void> {
  const applied = await dataSource
    .query(`SELECT name FROM migrations`)
    .then((rows: { name: string }[]) => new Set(rows.map((row) => row.name)))
    .catch(() => new Set<string>());
  const missing = PEOPLE_MIGRATIONS.map((migration) => new migration().name ?? migration.name).find(
    (name) => !applied.has(name),
  );
  if (missing)
    throw new ImportSetupError(
      `the people database is not migrated (${missing} has not run): start the people service once (npm start) and import again`,
    );
}

/** DEFAULT_MINIMUM_ASSIGNMENT_MONTHS as the service reads it (TenureConfig): 1 to 120, default 12. */
export function defaultMinimumAssignmentMonths(
  env: Record<string, string | undefined> = process.env,
): number {
  const value = env.DEFAULT_MINIMUM_ASSIGNMENT_MONTHS;
  if (value === undefined || value === '') return 12;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1 || months > 120)
    throw new ImportSetupError('DEFAULT_MINIMUM_ASSIGNMENT_MONTHS must be a whole number from 1 to 120');
  return months;
}

/** Connects to the people database as the service does and builds the importer on the service's own pieces. */
export async function openPersonImport(url: string): Promise<PersonImportSession> {
  const months = defaultMinimumAssignmentMonths();
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: REFERENCE_DATA_ENTITIES,
    synchronize: false,
    logging: false,
    applicationName: 'people-import',
    extra: { max: 4 },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new ImportSetupError(
      `cannot reach the people database at ${redactUrl(url)}: ${(error as Error).message}`,
    );
  }
  try {
    await assertMigrated(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  const catalog = new CachedReferenceDataCatalog(
    new TypeOrmReferenceDataStore(new TypeOrmTransactionRunner(dataSource)),
    systemClock,
  );
  const importer = new PersonImporter(dataSource, new OutboxWriter({ source: PEOPLE_SOURCE }), catalog, {
    defaultMinimumAssignmentMonths: months,
  });
  return { importer, dataSource, close: () => dataSource.destroy() };
}
