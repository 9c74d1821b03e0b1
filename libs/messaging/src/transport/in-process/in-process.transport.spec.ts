import { expectEventually } from '@civil/testing';
import { silentLogger } from '../../messaging-logger';
import { TransportMessage } from '../message-transport';
import { InProcessTransport } from './in-process.transport';

function transport(partitions = 4): InProcessTransport {
  return new InProcessTransport({ partitions, redelivery: { minMs: 1, maxMs: 5 }, logger: silentLogger });
}

function messages(key: string, from: number, to: number) {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ key, value: String(from + i) }));
}

function valuesByKey(received: TransportMessage[]): Record<string, number[]> {
  const byKey: Record<string, number[]> = {};
  for (const message of received) (byKey[message.key] ??= []).push(Number(message.value));
  return byKey;
}

describe('InProcessTransport', () => {
  let bus: InProcessTransport;
  afterEach(() => bus.close());

  it('delivers each key in the order it was published', async () => {
    bus = transport();
    const received: TransportMessage[] = [];
    await bus.subscribe(
      { groupId: 'g', topics: ['t'], fromBeginning: true },
      async (m) => void received.push(m),
    );
    for (let batch = 0; batch < 5; batch++) {
      await bus.publish(
        't',
        ['a', 'b', 'c'].flatMap((key) => messages(key, batch * 10 + 1, batch * 10 + 10)),
      );
    }
    const expected = Array.from({ length: 50 }, (_, i) => i + 1);
    await expectEventually(() =>
      expect(valuesByKey(received)).toEqual({ a: expected, b: expected, c: expected }),
    );
  });

  it('gives every consumer group every message, once', async () => {
    bus = transport();
    const byGroup: Record<string, string[]> = { one: [], two: [] };
    for (const groupId of Object.keys(byGroup)) {
      await bus.subscribe(
        { groupId, topics: ['t'], fromBeginning: true },
        async (m) => void byGroup[groupId].push(m.value),
      );
    }
    await bus.publish('t', messages('k', 1, 20));
    await expectEventually(() => {
      expect(byGroup.one).toHaveLength(20);
      expect(byGroup.two).toHaveLength(20);
    });
  });

  it('redelivers a message that threw, and holds back its partition until it succeeds', async () => {
    bus = transport(1);
    const seen: string[] = [];
    let failuresLeft = 2;
    await bus.subscribe({ groupId: 'g', topics: ['t'], fromBeginning: true }, async (m) => {
      seen.push(m.value);
      if (m.value === '2' && failuresLeft-- > 0) throw new Error('handler failed');
    });
    await bus.publish('t', messages('k', 1, 3));
    await expectEventually(() => expect(seen).toEqual(['1', '2', '2', '2', '3']));
  });

  it('starts a new group at the end of the log unless asked for the beginning', async () => {
    bus = transport();
    await bus.publish('t', messages('k', 1, 3));
    const fromEnd: string[] = [];
    const fromStart: string[] = [];
    await bus.subscribe({ groupId: 'end', topics: ['t'] }, async (m) => void fromEnd.push(m.value));
    await bus.subscribe(
      { groupId: 'start', topics: ['t'], fromBeginning: true },
      async (m) => void fromStart.push(m.value),
    );
    await bus.publish('t', messages('k', 4, 4));
    await expectEventually(() => {
      expect(fromStart).toEqual(['1', '2', '3', '4']);
      expect(fromEnd).toEqual(['4']);
    });
  });

  it('remembers a group position across subscriptions, like a committed offset', async () => {
    bus = transport();
    const first: string[] = [];
    const subscription = await bus.subscribe(
      { groupId: 'g', topics: ['t'], fromBeginning: true },
      async (m) => void first.push(m.value),
    );
    await bus.publish('t', messages('k', 1, 3));
    await expectEventually(() => expect(first).toHaveLength(3));
    await subscription.stop();
    await bus.publish('t', messages('k', 4, 5));
    const second: string[] = [];
    await bus.subscribe(
      { groupId: 'g', topics: ['t'], fromBeginning: true },
      async (m) => void second.push(m.value),
    );
    await expectEventually(() => expect(second).toEqual(['4', '5']));
  });

  it('shares partitions between members of one group, and hands them over when a member stops', async () => {
    bus = transport(4);
    const byMember: string[][] = [[], []];
    const subscriptions = await Promise.all(
      byMember.map((received) =>
        bus.subscribe(
          { groupId: 'g', topics: ['t'], fromBeginning: true },
          async (m) => void received.push(`${m.key}:${m.value}`),
        ),
      ),
    );
    const keys = Array.from({ length: 16 }, (_, i) => `key-${i}`);
    await bus.publish(
      't',
      keys.flatMap((key) => messages(key, 1, 1)),
    );
    await expectEventually(() => expect(byMember[0].length + byMember[1].length).toBe(16));
    expect(byMember[0].length).toBeGreaterThan(0);
    expect(byMember[1].length).toBeGreaterThan(0);

    await subscriptions[1].stop();
    await bus.publish(
      't',
      keys.flatMap((key) => messages(key, 2, 2)),
    );
    await expectEventually(() => expect(byMember[0].filter((m) => m.endsWith(':2'))).toHaveLength(16));
    expect(new Set([...byMember[0], ...byMember[1]]).size).toBe(32);
  });

  it('hands over what is available in batches of at most maxBatchSize, in order', async () => {
    bus = transport(1);
    await bus.publish('t', messages('k', 1, 7));
    const batches: string[][] = [];
    await bus.subscribeBatches(
      { groupId: 'g', topics: ['t'], fromBeginning: true, maxBatchSize: 3 },
      async (batch) => void batches.push(batch.map((m) => m.value)),
    );
    await expectEventually(() => expect(batches).toEqual([['1', '2', '3'], ['4', '5', '6'], ['7']]));
  });

  it('redelivers a batch that threw from its first unacknowledged message', async () => {
    bus = transport(1);
    await bus.publish('t', messages('k', 1, 5));
    const batches: string[][] = [];
    let failed = false;
    await bus.subscribeBatches(
      { groupId: 'g', topics: ['t'], fromBeginning: true, maxBatchSize: 10 },
      async (batch, progress) => {
        batches.push(batch.map((m) => m.value));
        if (failed) return;
        failed = true;
        progress.acknowledge(batch[1]);
        throw new Error('handler failed after taking in two');
      },
    );
    await expectEventually(() =>
      expect(batches).toEqual([
        ['1', '2', '3', '4', '5'],
        ['3', '4', '5'],
      ]),
    );
  });

  it('refuses to publish once closed', async () => {
    bus = transport();
    await bus.close();
    await expect(bus.publish('t', messages('k', 1, 1))).rejects.toThrow('closed');
    expect(await bus.isHealthy()).toBe(false);
  });
});
