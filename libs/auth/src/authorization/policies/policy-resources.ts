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
}
