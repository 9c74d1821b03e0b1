import { EventCatalog, EventDefinition, defineEvent } from '@civil/contracts';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

/** A test-only contract: a counter went up. Tests put it on a unique topic so they never read each other's events. */
export class CounterIncrementedV1 {
  @IsString()
  @Length(1, 64)
  counterId: string;

  @IsInt()
  @Min(1)
  @Max(1000)
  amount: number;
}

/** A second type on the same topic, which the test consumers have no handler for. */
export class CounterRenamedV1 {
  @IsString()
  @Length(1, 64)
  counterId: string;

  @IsString()
  name: string;
}

export interface CounterContracts {
  topic: string;
  incremented: EventDefinition<CounterIncrementedV1>;
  renamed: EventDefinition<CounterRenamedV1>;
  catalog: EventCatalog;
}

export function counterContracts(topic: string): CounterContracts {
  const incremented = defineEvent(topic, 'CounterIncremented', CounterIncrementedV1);
  const renamed = defineEvent(topic, 'CounterRenamed', CounterRenamedV1);
  return { topic, incremented, renamed, catalog: new EventCatalog([incremented, renamed]) };
}

export const COUNTER_SOURCE = '/tests/counters';
