import { EstablishmentEntry, EstablishmentLine } from '../domain/establishment';

export interface EstablishmentFilter {
  profession?: string;
  grade?: string;
}

/** Who set an entry, when, and in which request: kept on the row beside the value. */
export interface EstablishmentAuthor {
  subject: string;
  personId?: string;
  at: Date;
  traceId: string;
}

export interface AppendedEntry {
  /** The line's version after this entry (1 for its first). */
  version: number;
  /** The FTE in force on the entry's date before it, or null when there was no line then. */
  previousFte: number | null;
}

/** The establishment history: append-only, read at a date. */
export abstract class EstablishmentStore {
  /** Appends in the open transaction; entries for one line are numbered one after the other, never twice. */
  abstract append(entry: EstablishmentEntry, author: EstablishmentAuthor): Promise<AppendedEntry>;
  /** The lines in force at `asOf` (fte above 0) for each department, by profession then grade. */
  abstract inForce(
    departmentCodes: readonly string[],
    asOf: string,
    filter: EstablishmentFilter,
  ): Promise<EstablishmentLine[]>;
}
