import { expectEventually, testKafkaBrokers, uniqueTopicName } from '@civil/testing';
import { KafkaTransport, Subscription, ensureTopics } from '../src';
import { testKafkaTransport, uniqueGroupId } from './support/test-transports';

describe('KafkaTransport.subscribeBatches', () => {
  const topic = uniqueTopicName('batches.v1');
  const groupId = uniqueGroupId('batches');
  let transport: KafkaTransport;
  const subscriptions: Subscription[] = [];

  beforeAll(async () => {
    await ensureTopics(testKafkaBrokers(), [topic], { partitions: 1 });
    transport = testKafkaTransport();
  });
  afterAll(async () => {
    for (const subscription of subscriptions) await subscription.stop();
    await transport?.close();
  });

  it('hands a partition over in slices, again from the first unacknowledged message after a throw, and commits only what was taken in', async () => {
    // One send: the six arrive in one record batch, so the first fetch holds all of them.
    await transport.publish(
      topic,
      ['1', '2', '3', '4', '5', '6'].map((value) => ({ key: 'k', value })),
    );
    const calls: string[][] = [];
    let failed = false;
    subscriptions.push(
      await transport.subscribeBatches(
        { groupId, topics: [topic], fromBeginning: true, maxBatchSize: 4 },
        async (batch, progress) => {
          calls.push(batch.map((message) => message.value));
          if (failed) return;
          failed = true;
          progress.acknowledge(batch[1]);
          throw new Error('failed after taking in two');
        },
      ),
    );
    await expectEventually(() =>
      expect(calls).toEqual([
        ['1', '2', '3', '4'],
        ['3', '4', '5', '6'],
      ]),
    );

    await subscriptions.pop()!.stop();
    await transport.publish(topic, [{ key: 'k', value: '7' }]);
    const afterRestart: string[] = [];
    subscriptions.push(
      await transport.subscribeBatches(
        { groupId, topics: [topic], fromBeginning: true, maxBatchSize: 4 },
        async (batch) => void afterRestart.push(...batch.map((message) => message.value)),
      ),
    );
    await expectEventually(() => expect(afterRestart).toEqual(['7']), { timeoutMs: 30_000 });
  });
});
