import {
  Clock,
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  MessageTransport,
  OutboxWriter,
} from '@civil/messaging';
import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleDestroy,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, ModuleRef } from '@nestjs/core';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AUDIT_MIGRATIONS } from '../audit/audit-schema';
import { AuditInterceptor } from '../audit/audit.interceptor';
import { AuditRecorder } from '../audit/audit.recorder';
import { AuthorizationGuard } from '../authorization/authorization.guard';
import { ensureDatabase } from '../database/ensure-database';
import { EntityClass, MigrationClass, serviceDataSourceOptions } from '../database/data-source-options';
import { databaseNameOf, withDatabase } from '../database/service-database-url';
import { TransactionRunner } from '../database/transaction-runner';
import { TypeOrmTransactionRunner } from '../database/typeorm-transaction-runner';
import { GraphQLExceptionFilter } from '../graphql/graphql-exception.filter';
import { createInputValidationPipe } from '../graphql/input-validation';
import { HealthController } from '../health/health.controller';
import { RequestContextInterceptor } from '../logging/request-context.interceptor';
import { ConsumerOptions } from '../messaging/inbox-handlers';
import { MessagingRuntime } from '../messaging/messaging-runtime';
import { CLOCK, MESSAGE_TRANSPORT, ROOT_LOGGER, SERVICE_OPTIONS } from './tokens';

export interface PlatformModuleOptions {
  /** Short service name: logs, the relay's name, the Postgres application_name. */
  service: string;
  /** The CloudEvents `source` of the events this service produces, e.g. `/services/people`. */
  eventSource: string;
  databaseUrl: string;
  entities: EntityClass[];
  migrations: MigrationClass[];
  transport: MessageTransport;
  logger: Logger;
  clock: Clock;
  consumer?: ConsumerOptions;
}

async function openDataSource(options: PlatformModuleOptions): Promise<DataSource> {
  // Connecting to the `postgres` database lets a service create its own on a bare server.
  await ensureDatabase(withDatabase(options.databaseUrl, 'postgres'), databaseNameOf(options.databaseUrl));
  const dataSource = new DataSource(
    serviceDataSourceOptions({
      url: options.databaseUrl,
      // The messaging tables (outbox, inbox) live beside the service's own, migrated first.
      entities: [...MESSAGING_ENTITIES, ...options.entities],
      // The audit log too: every service records who read or changed what (see AuditRecorder).
      migrations: [...MESSAGING_MIGRATIONS, ...AUDIT_MIGRATIONS, ...options.migrations],
      applicationName: options.service,
    }),
  );
  return dataSource.initialize();
}

/** Starts relay and inbox once every module is ready; stops them before the database closes. */
@Injectable()
class PlatformLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  constructor(
    @Inject(MessagingRuntime) private readonly messaging: MessagingRuntime,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap() {
    return this.messaging.start();
  }
  onModuleDestroy() {
    return this.messaging.stop();
  }
  async onApplicationShutdown() {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * Everything a service gets from the platform, once: its database (migrated), the unit of work, the outbox writer,
 * relay and inbox, health, and the GraphQL authorization, error, validation and tracing conventions.
 */
@Global()
@Module({})
export class PlatformModule {
  static forService(options: PlatformModuleOptions): DynamicModule {
    const logger = options.logger.child({ service: options.service });
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_OPTIONS, useValue: options },
        { provide: CLOCK, useValue: options.clock },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: MESSAGE_TRANSPORT, useValue: options.transport },
        { provide: DataSource, useFactory: () => openDataSource(options) },
        {
          provide: TypeOrmTransactionRunner,
          useFactory: (dataSource: DataSource) => new TypeOrmTransactionRunner(dataSource),
          inject: [DataSource],
        },
        { provide: TransactionRunner, useExisting: TypeOrmTransactionRunner },
        {
          provide: OutboxWriter,
          useFactory: () => new OutboxWriter({ source: options.eventSource, clock: options.clock }),
        },
        {
          provide: MessagingRuntime,
          inject: [DataSource, ModuleRef],
          useFactory: (dataSource: DataSource, moduleRef: ModuleRef) =>
            new MessagingRuntime({
              name: options.service,
              dataSource,
              transport: options.transport,
              logger,
              consumer: options.consumer && {
                ...options.consumer,
                resolve: () => moduleRef.get(options.consumer!.handlers, { strict: false }),
              },
            }),
        },
        {
          provide: AuditRecorder,
          inject: [TypeOrmTransactionRunner, OutboxWriter],
          useFactory: (transactions: TypeOrmTransactionRunner, outbox: OutboxWriter) =>
            new AuditRecorder({ service: options.service, transactions, outbox, clock: options.clock }),
        },
        PlatformLifecycle,
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
        { provide: APP_PIPE, useFactory: createInputValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
        // After the request context, inside it: the audit entry names the caller it holds.
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
      exports: [
        SERVICE_OPTIONS,
        CLOCK,
        ROOT_LOGGER,
        MESSAGE_TRANSPORT,
        DataSource,
        TypeOrmTransactionRunner,
        TransactionRunner,
        OutboxWriter,
        MessagingRuntime,
        AuditRecorder,
      ],
    };
  }
}
