/** What moves knows about a vacancy: the VacancyCreated facts, no title or description. */
export interface KnownVacancy {
  vacancyId: string;
  departmentCode: string;
  grade: string;
  profession: string;
  posts: number;
  ftePerPost: number;
  status: string;
  /** The vacancies aggregate's version this row reflects. */
  version: number;
}
