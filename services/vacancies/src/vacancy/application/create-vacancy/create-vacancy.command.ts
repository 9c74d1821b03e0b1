import { CreateVacancyProps } from '../../domain/vacancy.aggregate';

export class CreateVacancyCommand {
  constructor(
    readonly vacancy: CreateVacancyProps,
    /** The creator's person id, kept on the vacancy (their right of access finds it); absent for a caller without one. */
    readonly createdBy: string | undefined,
    /** The request's trace id, stamped on the events this causes. */
    readonly traceId: string,
  ) {}
}
