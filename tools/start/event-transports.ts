import { ALL_EVENTS } from '@civil/contracts';
import {
  ensureTopics,
  InProcessTransport,
  KafkaTransport,
  MessageTransport,
  MessagingLogger,
} from '@civil/messaging';
import { brokerList, Logger } from '@civil/platform';

export interface EventTransports {
  description: string;
  forService(service: string): MessageTransport;
  close(): Promise<void>;
}

/**
 * One process, one in-process log shared by the three services: what one relay publishes another's inbox consumes,
 * with Kafka's per-key ordering, but nothing survives a restart (the outbox has already been drained by then).
 */
export function inProcessTransports(logger: MessagingLogger): EventTransports {
  const shared = new InProcessTransport({ logger });
  return {
    description: 'in-process (one log shared by the services; set KAFKA_BROKERS or START_KAFKA=1 for Kafka)',
    forService: () => shared,
    close: () => shared.close(),
  };
}

/** Kafka: each service gets its own client, as it would in its own container. Topics are made before anyone uses them. */
export async function kafkaTransports(brokers: string, logger: Logger): Promise<EventTransports> {
  await ensureTopics(brokerList(brokers), ALL_EVENTS.topics());
  const transports: KafkaTransport[] = [];
  return {
    description: `Kafka at ${brokers}`,
    forService: (service) => {
      const transport = new KafkaTransport({
        brokers: brokerList(brokers),
        clientId: service,
        logger: logger.child({ service }),
      });
      transports.push(transport);
      return transport;
    },
    close: async () => void (await Promise.all(transports.map((transport) => transport.close()))),
  };
}
