import type { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { dateOf } from '../../move/domain/calendar';

/** Today as capacity counts it: the UK calendar day of the injected clock, as moves start and end on. */
@Injectable()
export class CapacityDay {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  today(): string {
    return dateOf(this.clock.now());
  }
}
