import { ApplicationSnapshot } from '../../domain/application.aggregate';

/** Port: applications as lists (a person's own; a vacancy's applicants). */
export abstract class ApplicationsReader {
  abstract ofPerson(personId: string, first: number): Promise<ApplicationSnapshot[]>;
  abstract ofVacancy(vacancyId: string, first: number): Promise<ApplicationSnapshot[]>;
}
