import { randomBytes } from 'node:crypto';
import { FAST_TEST_CONSUMER, testKafkaBrokers } from '@civil/testing';
import { KafkaTransport, MessagingLogger, TransportMessage, silentLogger } from '../../src';

/** Kafka tuned for fast tests: quick retries and restarts, short fetch waits. */
export function testKafkaTransport(
  brokers: string[] = testKafkaBrokers(),
  logger: MessagingLogger = silentLogger,
): KafkaTransport {
  return new KafkaTransport({
    brokers,
    clientId: `messaging-test-${randomBytes(3).toString('hex')}`,
    logger,
    publishTimeoutMs: 5_000,
    consumer: {
      ...FAST_TEST_CONSUMER,
      redelivery: { minMs: 20, maxMs: 200 },
      restart: { minMs: 200, maxMs: 1_000 },
    },
  });
}

export function uniqueGroupId(base: string): string {
  return `${base}-${randomBytes(4).toString('hex')}`;
}

/** Reads everything on topics as it arrives, to look at the wire itself rather than at a consumer's effect. */
export async function tapTopics(transport: KafkaTransport, topics: string[]) {
  const seen: TransportMessage[] = [];
  const subscription = await transport.subscribe(
    { groupId: uniqueGroupId('tap'), topics, fromBeginning: true },
    async (message) => void seen.push(message),
  );
  return { seen, stop: () => subscription.stop() };
}
