import { deadLetterTopicOf } from '@civil/contracts';
import { Kafka, logLevel } from 'kafkajs';

export interface EnsureTopicsOptions {
  /** For topics that do not exist yet. An existing topic keeps its count: adding partitions would move keys. */
  partitions?: number;
}

/**
 * Creates each topic and its dead-letter topic unless they exist. Safe to run on every deploy and from several
 * places at once. Topics are never auto-created by the broker, so a typo in a topic name fails loudly instead.
 */
export async function ensureTopics(
  brokers: string[],
  topics: string[],
  options: EnsureTopicsOptions = {},
): Promise<void> {
  const partitions = options.partitions ?? 6;
  if (!Number.isInteger(partitions) || partitions < 1)
    throw new RangeError(`partitions must be a positive integer, got ${partitions}`);
  const wanted = [...new Set(topics.flatMap((topic) => [topic, deadLetterTopicOf(topic)]))];
  const admin = new Kafka({ clientId: 'ensure-topics', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    // createTopics ignores topics another caller created in the meantime (TOPIC_ALREADY_EXISTS), hence idempotent.
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions })),
    });
  } finally {
    await admin.disconnect();
  }
}
