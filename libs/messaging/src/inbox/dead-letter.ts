import { deadLetterTopicOf } from '@civil/contracts';
import { OutgoingMessage, TransportMessage } from '../transport/message-transport';

/** Headers a dead letter carries, so an operator can see why it failed and where it came from, and replay it. */
export const DEAD_LETTER_HEADERS = {
  error: 'dlq-error',
  errorName: 'dlq-error-name',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  attempts: 'dlq-attempts',
  consumerGroup: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
} as const;

export interface DeadLetter {
  topic: string;
  message: OutgoingMessage;
}

/** The original key, value and headers unchanged (a replay publishes them as they were), plus why and from where. */
export function deadLetterOf(
  message: TransportMessage,
  failure: { error: unknown; attempts: number; consumerGroup: string; failedAt: Date },
): DeadLetter {
  const error = failure.error instanceof Error ? failure.error : new Error(String(failure.error));
  return {
    topic: deadLetterTopicOf(message.topic),
    message: {
      key: message.key,
      value: message.value,
      headers: {
        ...message.headers,
        [DEAD_LETTER_HEADERS.error]: error.message.slice(0, 2_000),
        [DEAD_LETTER_HEADERS.errorName]: error.name,
        [DEAD_LETTER_HEADERS.originalTopic]: message.topic,
        [DEAD_LETTER_HEADERS.originalPartition]: String(message.partition),
        [DEAD_LETTER_HEADERS.originalOffset]: message.offset,
        [DEAD_LETTER_HEADERS.attempts]: String(failure.attempts),
        [DEAD_LETTER_HEADERS.consumerGroup]: failure.consumerGroup,
        [DEAD_LETTER_HEADERS.failedAt]: failure.failedAt.toISOString(),
      },
    },
  };
}
