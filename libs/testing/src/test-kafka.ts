import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

const HOW_TO_PROVIDE =
  'Integration tests need a real Kafka broker. Run them through `npm test` (it starts a single-node broker with ' +
  '`bash infra/kafka/kafka.sh start`, which needs Java 17+ and Maven), or set KAFKA_BROKERS=host:port.';

/** The broker list for tests. Fails, never skips, when there is none. */
export function testKafkaBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error(`KAFKA_BROKERS is not set. ${HOW_TO_PROVIDE}`);
  return brokers.split(',').map((broker) => broker.trim());
}

export function testKafka(clientId = 'tests'): Kafka {
  return new Kafka({ clientId, brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
}

/** A topic name no other test uses, so tests can share one broker without reading each other's events. */
export function uniqueTopicName(base: string): string {
  return `${base}.test-${randomBytes(4).toString('hex')}`;
}

/** Creates topics (and waits for their leaders), failing with a clear message when the broker is unreachable. */
export async function createTestTopics(topics: string[], numPartitions = 3): Promise<void> {
  const admin = testKafka('tests-admin').admin();
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach Kafka at ${testKafkaBrokers().join(',')}: ${(error as Error).message}. ${HOW_TO_PROVIDE}`,
    );
  }
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions })),
    });
  } finally {
    await admin.disconnect();
  }
}

/**
 * kafkajs consumer settings for tests: the broker's minimum session, so a group settles in seconds, and short fetch
 * waits. Plain numbers (structurally a KafkaTransport `consumer` option) so this library needs no import of messaging.
 */
export const FAST_TEST_CONSUMER = {
  sessionTimeoutMs: 6_000,
  heartbeatIntervalMs: 500,
  rebalanceTimeoutMs: 3_000,
  maxWaitTimeMs: 200,
} as const;
