/** A vacancy the person created, as vacancies holds it, and when they created it. */
export interface CreatedVacancy {
  id: string;
  departmentCode: string;
  title: string;
  description: string;
  grade: string;
  profession: string;
  posts: number;
  ftePerPost: number;
  status: string;
  version: number;
  createdAt: string;
}
