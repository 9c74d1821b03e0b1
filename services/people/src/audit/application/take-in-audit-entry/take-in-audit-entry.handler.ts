import type { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { AuditTrailStore } from '../audit-trail.store';
import { TakeInAuditEntryCommand } from './take-in-audit-entry.command';

/** Runs inside the inbox's transaction, which owns it: the entry and the inbox row commit together. */
@Injectable()
export class TakeInAuditEntryHandler {
  constructor(
    private readonly trail: AuditTrailStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ entry }: TakeInAuditEntryCommand): Promise<void> {
    return this.trail.append(entry, this.clock.now());
  }
}
