/** What moves knows about a person: the PersonRegistered facts, no names or contact details. */
export interface KnownPerson {
  personId: string;
  departmentCode: string;
  grade: string;
  profession: string;
  location?: string;
  fte: number;
  startedInPostOn: string;
  status: string;
  /** The people aggregate's version this row reflects. */
  version: number;
}
