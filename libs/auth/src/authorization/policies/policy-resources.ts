/** What a department-scoped action is about: the department whose data it touches (an input's `departmentCode`). */
export interface DepartmentScoped {
  departmentCode: string;
}

/** Whose data it is: for data held about a person, which only they may see. */
export interface DataSubject {
  personId: string;
}

/** A person's record as the policies see it: whose it is, and the department that holds it. */
export interface PersonRecord {
  id: string;
  departmentCode: string;
  /** The person's consent to be seen by other departments (mobility preferences); absent = not given. */
  preferences?: { shareProfileAcrossDepartments: boolean };
}

/** A person as a search sees them: where they work, whether they left, and whether they share beyond it. */
export interface SearchablePerson {
  departmentCode: string;
  status: string;
  shareProfileAcrossDepartments: boolean;
}
