import { deadLetterTopicOf } from '@civil/contracts';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { sleep } from '../../retry/sleep';

export interface EnsureTopicsOptions {
  /** For topics that do not exist yet. An existing topic keeps its count: adding partitions would move keys. */
  partitions?: number;
}

// Errors a metadata request gives for a topic created a moment ago, while the broker catches up.
const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Until every partition of `topics` has a leader. kafkajs's own waitForLeaders retries only LEADER_NOT_AVAILABLE,
 * but a KRaft broker answers UNKNOWN_TOPIC_OR_PARTITION for a few moments after creating a topic (KAFKA-15780).
 */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      const led = metadata.every((topic) => topic.partitions.every((partition) => partition.leader >= 0));
      if (led && metadata.length === topics.length) return;
    } catch (error) {
      if (!NOT_YET.has((error as { type?: string }).type ?? '') || Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`topics ${topics.join(', ')} have no leaders after ${timeoutMs} ms`);
    await sleep(100);
  }
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
      waitForLeaders: false,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions })),
    });
    await waitForLeaders(admin, missing);
  } finally {
    await admin.disconnect();
  }
}
