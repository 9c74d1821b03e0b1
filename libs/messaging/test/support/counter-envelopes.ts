import { IntegrationEvent, uuidv7 } from '@civil/contracts';
import { OutgoingMessage } from '../../src';
import { COUNTER_SOURCE, CounterIncrementedV1 } from './counter-events';

/** An event as a producer's relay would put it on the wire, for tests that publish by hand. */
export function counterIncremented(
  counterId: string,
  version: number,
  amount: number,
  id = uuidv7(),
): IntegrationEvent<CounterIncrementedV1> {
  return {
    specversion: '1.0',
    id,
    source: COUNTER_SOURCE,
    type: 'CounterIncremented',
    subject: counterId,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    aggregateversion: version,
    traceid: 'trace-test',
    data: { counterId, amount },
  };
}

export function asMessage(event: IntegrationEvent<object>): OutgoingMessage {
  return { key: event.subject, value: JSON.stringify(event) };
}
