import { DataSourceOptions, MigrationInterface } from 'typeorm';

export type EntityClass = new () => object;
export type MigrationClass = new () => MigrationInterface;

export interface ServiceDataSourceOptions {
  url: string;
  /** The service's own entities and migrations; the messaging tables are the caller's to add (MESSAGING_*). */
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  poolSize?: number;
  applicationName?: string;
}

/**
 * Schema changes only ever come from reviewed, hand-written migrations, run at start-up; `synchronize` would let an
 * entity edit silently alter a production table.
 */
export function serviceDataSourceOptions(options: ServiceDataSourceOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: options.applicationName,
    // Small pools: several services may share one server and, in the all-in-one mode, one process.
    extra: { max: options.poolSize ?? 5 },
  };
}
