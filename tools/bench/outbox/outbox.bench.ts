// Throughput of the outbox pipeline against its goals (npm run bench:outbox):
//   relay >= 50% of a raw kafkajs producer sending the same payloads with the same batch size and acks;
//   batched relay >= 15x a relay that sends one row per cycle.
// Also outbox -> Kafka -> inbox, with the inbox's default batches and with one event per transaction (no goal).
// Uses KAFKA_BROKERS (else starts or reuses infra/kafka/kafka.sh) and DATABASE_URL (else 127.0.0.1:5432).
import { createBenchDatabase } from '../bench-database';
import { randomBytes } from 'node:crypto';
import { KafkaTransport, ensureTopics, silentLogger } from '@civil/messaging';
import { DataSource } from 'typeorm';
import { openBenchDataSource, provideBrokers } from './bench-environment';
import {
  discardingTransport,
  pipelineRate,
  rawProducerRate,
  relayRate,
  resendOldest,
  unsentPayloads,
} from './bench-measurements';
import { benchEvent, fillOutbox } from './bench-workload';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const ONE_AT_A_TIME_EVENTS = Number(process.env.BENCH_SINGLE_EVENTS ?? 1_000);
const PIPELINE_EVENTS = Number(process.env.BENCH_PIPELINE_EVENTS ?? 10_000);
const UNBATCHED_INBOX_EVENTS = Number(process.env.BENCH_UNBATCHED_INBOX_EVENTS ?? 2_000);
const BATCH = 500;
const PARTITIONS = 6;

const rate = (value: number) => `${Math.round(value).toLocaleString('en-GB').padStart(8)} events/s`;
const verdict = (met: boolean) => (met ? 'goal met' : 'GOAL NOT MET');

async function main(): Promise<void> {
  const brokers = provideBrokers();
  const run = randomBytes(3).toString('hex');
  const topics = {
    relay: `bench.relay.${run}`,
    raw: `bench.raw.${run}`,
    pipeline: `bench.pipeline.${run}`,
    // Its own topic: a new consumer group starts from the beginning of the log.
    unbatched: `bench.unbatched.${run}`,
  };
  await ensureTopics(brokers, Object.values(topics), { partitions: PARTITIONS });
  const database = await createBenchDatabase('bench_outbox');
  let dataSource: DataSource | undefined;
  const transport = new KafkaTransport({ brokers, clientId: 'bench-relay', logger: silentLogger });
  try {
    dataSource = await openBenchDataSource(database.url);
    console.log(
      `outbox bench: ${EVENTS} events, batches of ${BATCH}, ${PARTITIONS} partitions, acks=-1, broker ${brokers.join(',')}`,
    );

    const writeRate = await fillOutbox(dataSource, benchEvent(topics.relay), EVENTS);
    const payloads = await unsentPayloads(dataSource);
    await transport.publish(topics.relay, payloads.slice(0, 1)); // connect the relay's producer outside the timing

    const raw = await rawProducerRate(brokers, topics.raw, payloads, BATCH);
    const batched = await relayRate(dataSource, transport, BATCH);
    await resendOldest(dataSource, EVENTS);
    const databaseSide = await relayRate(dataSource, discardingTransport(), BATCH);
    await resendOldest(dataSource, ONE_AT_A_TIME_EVENTS);
    const single = await relayRate(dataSource, transport, 1);
    const pipeline = await pipelineRate(dataSource, transport, benchEvent(topics.pipeline), () =>
      fillOutbox(dataSource!, benchEvent(topics.pipeline), PIPELINE_EVENTS).then(() => PIPELINE_EVENTS),
    );
    const unbatched = await pipelineRate(
      dataSource,
      transport,
      benchEvent(topics.unbatched),
      () =>
        fillOutbox(dataSource!, benchEvent(topics.unbatched), UNBATCHED_INBOX_EVENTS).then(
          () => UNBATCHED_INBOX_EVENTS,
        ),
      1,
    );

    const relayShare = batched / raw;
    const batchGain = batched / single;
    console.log('');
    console.log(`outbox writes (500 per transaction)     ${rate(writeRate)}`);
    console.log(`raw kafkajs producer (batch ${BATCH})        ${rate(raw)}`);
    console.log(`relay, batched (batch ${BATCH})              ${rate(batched)}`);
    console.log(`relay, database side only (no publish) ${rate(databaseSide)}`);
    console.log(`relay, one at a time (batch 1)          ${rate(single)}   (${ONE_AT_A_TIME_EVENTS} events)`);
    console.log(`outbox -> Kafka -> inbox (${pipeline.count} events) ${rate(pipeline.rate)}`);
    console.log(
      `  same, one event per inbox transaction  ${rate(unbatched.rate)}   (${unbatched.count} events)`,
    );
    console.log('');
    console.log(
      `relay / raw producer      ${(relayShare * 100).toFixed(0).padStart(5)}%   goal >= 50%   ${verdict(relayShare >= 0.5)}`,
    );
    console.log(
      `batched / one at a time   ${batchGain.toFixed(1).padStart(5)}x   goal >= 15x   ${verdict(batchGain >= 15)}`,
    );
  } finally {
    await transport.close();
    await dataSource?.destroy();
    await database.drop();
  }
}

main().catch((error: Error) => {
  console.error(`outbox bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
