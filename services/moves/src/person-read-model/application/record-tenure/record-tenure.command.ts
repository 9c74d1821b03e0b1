import { KnownTenure } from '../known-person';

export class RecordTenureCommand {
  constructor(readonly tenure: KnownTenure) {}
}
