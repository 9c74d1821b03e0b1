import { CreateVacancyProps } from '../../domain/vacancy.aggregate';

export class CreateVacancyCommand {
  constructor(
    readonly vacancy: CreateVacancyProps,
    /** The request's trace id, stamped on the events this causes. */
    readonly traceId: string,
  ) {}
}
