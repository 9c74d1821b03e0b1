/** One funded-posts entry as moves keeps it: FTE in hundredths from `effectiveFrom`, at the line's `version`. */
export interface KnownEstablishmentEntry {
  departmentCode: string;
  profession: string;
  grade: string;
  effectiveFrom: string;
  fteHundredths: number;
  version: number;
}

/** Port for establishment_read_model, written inside the inbox's transaction. */
export abstract class EstablishmentReadModelStore {
  /**
   * Keeps the entry for its date unless the date already holds this version or a newer one (a duplicate, or an
   * older event arriving late); 'stale' when nothing changed.
   */
  abstract save(entry: KnownEstablishmentEntry): Promise<'applied' | 'stale'>;
}
