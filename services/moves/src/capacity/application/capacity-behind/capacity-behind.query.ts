import type { Identity } from '@civil/auth';
import { CapacityBehindQuery as BehindOfLine } from '../capacity-behind.reader';

/** What lies behind one figure of a line the caller has read (the line carries its date, day and location). */
export class CapacityBehindQuery {
  constructor(
    readonly identity: Identity,
    readonly behind: BehindOfLine,
  ) {}
}
