// Creates every published topic, with its dead-letter topic, on the brokers in KAFKA_BROKERS. Idempotent: run it on
// every deploy (and before `npm start` against a real broker).
//   KAFKA_BROKERS=host:port[,host:port] [KAFKA_PARTITIONS=6] node -r @swc-node/register infra/kafka/create-topics.ts
import { ALL_EVENTS, deadLetterTopicOf } from '@civil/contracts';
import { ensureTopics } from '@civil/messaging';

function brokersFromEnv(): string[] {
  const brokers = (process.env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  if (brokers.length === 0)
    throw new Error('KAFKA_BROKERS is not set: give the brokers as host:port[,host:port]');
  return brokers;
}

function partitionsFromEnv(): number {
  const raw = process.env.KAFKA_PARTITIONS ?? '6';
  const partitions = Number(raw);
  if (!Number.isInteger(partitions) || partitions < 1)
    throw new Error(`KAFKA_PARTITIONS must be a positive integer, got '${raw}'`);
  return partitions;
}

async function main(): Promise<void> {
  const brokers = brokersFromEnv();
  const partitions = partitionsFromEnv();
  const topics = ALL_EVENTS.topics();
  await ensureTopics(brokers, topics, { partitions });
  for (const topic of topics) console.log(`ok ${topic} (+ ${deadLetterTopicOf(topic)})`);
}

main().catch((error: Error) => {
  console.error(`create-topics: ${error.message}`);
  process.exit(1);
});
