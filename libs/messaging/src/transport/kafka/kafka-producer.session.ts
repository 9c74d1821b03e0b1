import { Kafka, Producer } from 'kafkajs';
import { MessagingLogger, errorFields } from '../../messaging-logger';
import { OutgoingMessage } from '../message-transport';
import { withTimeout } from '../../retry/with-timeout';

/**
 * One producer, created on first use and thrown away after any failed send, so that the next send starts from a
 * fresh connection and fresh metadata. That is what lets the relay recover from a broker outage of any length:
 * kafkajs's own reconnection gives up after its retries.
 */
export class KafkaProducerSession {
  private producer?: Producer;
  private connecting?: Promise<Producer>;

  constructor(
    private readonly kafka: Kafka,
    private readonly timeoutMs: number,
    private readonly logger: MessagingLogger,
  ) {}

  async send(topic: string, messages: OutgoingMessage[]): Promise<void> {
    const producer = await this.connected();
    try {
      await withTimeout(
        // acks -1: a message counts as published only once every in-sync replica has it.
        producer.send({ topic, messages, acks: -1, timeout: this.timeoutMs }),
        this.timeoutMs,
        `publishing ${messages.length} message(s) to ${topic}`,
      );
    } catch (error) {
      this.discard(producer, error);
      throw error;
    }
  }

  async close(): Promise<void> {
    const producer = this.producer ?? (await this.connecting?.catch(() => undefined));
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private connected(): Promise<Producer> {
    if (this.producer) return Promise.resolve(this.producer);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<Producer> {
    const producer = this.kafka.producer({
      allowAutoTopicCreation: false,
      // Ordering across retries: with one request in flight, a retried batch cannot overtake the next one.
      maxInFlightRequests: 1,
      idempotent: false,
    });
    try {
      await withTimeout(producer.connect(), this.timeoutMs, 'connecting the Kafka producer');
    } catch (error) {
      producer.disconnect().catch(() => undefined);
      throw error;
    }
    this.producer = producer;
    return producer;
  }

  private discard(producer: Producer, cause: unknown): void {
    if (this.producer !== producer) return;
    this.producer = undefined;
    this.logger.warn(
      { ...errorFields(cause) },
      'Kafka send failed; the producer will be recreated on the next send',
    );
    producer.disconnect().catch(() => undefined);
  }
}
