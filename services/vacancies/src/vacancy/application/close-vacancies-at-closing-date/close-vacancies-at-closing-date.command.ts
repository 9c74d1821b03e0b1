/** Close every open vacancy whose closing date has passed, in batches of `batchSize` per transaction. */
export class CloseVacanciesAtClosingDateCommand {
  constructor(readonly batchSize = 100) {}
}
