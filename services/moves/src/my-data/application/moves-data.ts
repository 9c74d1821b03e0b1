/** What moves holds about a person: its copy of their people facts (and, as moves arrive, their moves). */
export interface MovesData {
  /** The person as moves' read model knows them, with the people version it reflects; null if never taken in. */
  person: {
    departmentCode: string;
    grade: string;
    profession: string;
    location: string | null;
    fte: number;
    startedInPostOn: string;
    status: string;
    version: number;
    updatedAt: string;
  } | null;
}
