import { Readable } from 'node:stream';
import { openPersonImport } from '../../services/people/src/person-import/person-import.factory';
import { ImportSummary } from '../../services/people/src/person-import/person-importer';
import { csvHeader, csvLine, generatePeople } from '../generate/people.generator';

/** Enough for searches and headcounts to show a realistic spread, small enough to import in a few seconds. */
export const DEMO_GENERATED_PEOPLE = 2_000;
export const DEMO_SEED = 2024;

function* feed(people: number): Generator<string> {
  yield csvHeader();
  for (const person of generatePeople({ people, seed: DEMO_SEED })) yield csvLine(person.cells);
}

/**
 * A generated civil service behind the named demo people, through the bulk HR import (rules, outbox events and
 * all), as a department's HR feed would arrive. Deterministic, and safe to run again: a re-import changes nothing.
 */
export async function importGeneratedPeople(
  peopleDatabaseUrl: string,
  people = DEMO_GENERATED_PEOPLE,
): Promise<ImportSummary> {
  const session = await openPersonImport(peopleDatabaseUrl);
  try {
    return await session.importer.importStream(Readable.from(feed(people)), 'generated demo feed');
  } finally {
    await session.close();
  }
}
