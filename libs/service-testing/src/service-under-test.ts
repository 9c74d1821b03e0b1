import { Identity } from '@civil/auth';
import { deadLetterTopicOf, uuidv7 } from '@civil/contracts';
import { Clock, InProcessTransport, KafkaTransport, MessageTransport } from '@civil/messaging';
import { createRootLogger, Logger } from '@civil/platform';
import { INestApplication } from '@nestjs/common';
import {
  createTestDatabase,
  createTestTopics,
  FAST_TEST_CONSUMER,
  graphqlRequest,
  GraphQLResponse,
  JsonObject,
  listenOnFreePort,
  schemaSnapshot,
  testKafkaBrokers,
  TestDatabase,
  TestGatewayKeys,
} from '@civil/testing';

/** What a subgraph's factory (createPeopleApp and friends) is given by a test. */
export interface TestServiceRuntime {
  gatewayKeys: TestGatewayKeys['gatewayKeys'];
  databaseUrl: string;
  transport: MessageTransport;
  logger: Logger;
  /** A group of the test's own, read from the start: topics are shared between test files. */
  consumerGroupId: string;
  clock?: Clock;
}

export interface ServiceUnderTestOptions {
  /** The subgraph's name: the audience of the tokens signed for it, and the prefix of its test database. */
  service: string;
  /** Topics the test touches; each is created with its dead-letter topic. */
  topics: string[];
  create(runtime: TestServiceRuntime): Promise<INestApplication>;
  clock?: Clock;
}

export const testLogger = (): Logger =>
  createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });

/**
 * One subgraph on a fresh database and the real Kafka broker, listening on a free port, with requests signed as the
 * gateway would for any identity. Every integration test of a service starts it the same way; `close` undoes it all.
 */
export class ServiceUnderTest {
  private constructor(
    readonly app: INestApplication,
    /** Where the app listens, e.g. for /health; GraphQL is at `graphqlUrl`. */
    readonly baseUrl: string,
    readonly database: TestDatabase,
    readonly transport: KafkaTransport,
    readonly keys: TestGatewayKeys,
    private readonly service: string,
  ) {}

  static async start(options: ServiceUnderTestOptions): Promise<ServiceUnderTest> {
    const keys = await TestGatewayKeys.create();
    await createTestTopics([...options.topics, ...options.topics.map(deadLetterTopicOf)]);
    const database = await createTestDatabase(`${options.service}_test`);
    const logger = testLogger();
    const transport = new KafkaTransport({
      brokers: testKafkaBrokers(),
      clientId: `${options.service}-test`,
      logger,
      consumer: FAST_TEST_CONSUMER,
    });
    try {
      const app = await options.create({
        gatewayKeys: keys.gatewayKeys,
        databaseUrl: database.url,
        transport,
        logger,
        consumerGroupId: `${options.service}-test-${uuidv7()}`,
        ...(options.clock ? { clock: options.clock } : {}),
      });
      const baseUrl = await listenOnFreePort(app);
      return new ServiceUnderTest(app, baseUrl, database, transport, keys, options.service);
    } catch (error) {
      await transport.close();
      await database.drop();
      throw error;
    }
  }

  get graphqlUrl(): string {
    return `${this.baseUrl}/graphql`;
  }

  /** One GraphQL request as `identity`, signed for this subgraph; `headers` adds e.g. a request id. */
  async call<T = JsonObject>(
    identity: Identity,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const signed = await this.keys.headersFor(this.service, identity);
    return graphqlRequest<T>(this.graphqlUrl, query, variables, { ...signed, ...headers });
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.transport.close();
    await this.database.drop();
  }
}

/**
 * Starts a service twice on one fresh, empty database, as two deploys would, and returns the schema after each start:
 * the first shows what its migrations build, and the second must equal it.
 */
export async function schemaAfterTwoStarts(options: Pick<ServiceUnderTestOptions, 'service' | 'create'>) {
  const fresh = await createTestDatabase(`${options.service}_migrations`);
  const keys = await TestGatewayKeys.create();
  const transport = new InProcessTransport();
  const startAndStop = async () => {
    const app = await options.create({
      gatewayKeys: keys.gatewayKeys,
      databaseUrl: fresh.url,
      transport,
      logger: testLogger(),
      consumerGroupId: `${options.service}-migrations-${uuidv7()}`,
    });
    await app.close();
    return schemaSnapshot(fresh.url);
  };
  try {
    const first = await startAndStop();
    return { first, second: await startAndStop() };
  } finally {
    await transport.close();
    await fresh.drop();
  }
}
