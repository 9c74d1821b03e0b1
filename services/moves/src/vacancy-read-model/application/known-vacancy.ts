/** What moves knows about a vacancy, from VacancyPublished / VacancyChanged and the status events after them. */
export interface KnownVacancy {
  vacancyId: string;
  departmentCode: string;
  grade: string;
  profession: string;
  posts: number;
  ftePerPost: number;
  status: string;
  /** The rest of the published record (absent in rows projected before it was kept): eligibility and matching. */
  details?: KnownVacancyDetails;
  /** The vacancies aggregate's version this row reflects. */
  version: number;
}

export interface KnownVacancyDetails {
  title: string;
  specialism?: string;
  moveKinds: string[];
  locations: string[];
  remotePossible: boolean;
  requiredSkills: { skillCode: string; minimumLevel: string; essential: boolean }[];
  behaviours: string[];
  clearanceRequired?: string;
  closingDate: string;
  durationMonths?: number;
  hoursPerWeek?: number;
  visibility: string;
}
