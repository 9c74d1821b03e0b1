import { KnownEstablishmentEntry } from '../establishment-read-model.store';

/** Take in a change of funded posts from vacancies' EstablishmentChanged. */
export class RecordEstablishmentCommand {
  constructor(readonly entry: KnownEstablishmentEntry) {}
}
