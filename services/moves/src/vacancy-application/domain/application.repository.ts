import { Application } from './application.aggregate';

/** Persistence port for applications, inside the open unit of work. */
export abstract class ApplicationRepository {
  /** CONFLICT when the person already has a live application to the vacancy. */
  abstract add(application: Application): Promise<void>;
  abstract save(application: Application, loadedVersion: number): Promise<void>;
  abstract findById(id: string, options?: { lock?: boolean }): Promise<Application | null>;
  /** A vacancy's applications still in progress (SUBMITTED, SHORTLISTED), locked until the transaction ends. */
  abstract lockInProgress(vacancyId: string): Promise<Application[]>;
}
