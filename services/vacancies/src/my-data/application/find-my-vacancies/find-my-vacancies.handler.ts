import { READ_MY_DATA } from '@civil/auth';
import { authorize } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { CreatedVacanciesReader } from '../created-vacancies.reader';
import { CreatedVacancy } from '../created-vacancy';
import { FindMyVacanciesQuery } from './find-my-vacancies.query';

/** Vacancies' part of the right of access: the vacancies the caller created. */
@Injectable()
export class FindMyVacanciesHandler {
  constructor(private readonly vacancies: CreatedVacanciesReader) {}

  async execute({ personId, identity }: FindMyVacanciesQuery): Promise<CreatedVacancy[]> {
    // Only the person themself, whatever their roles: checked before anything is read.
    authorize(READ_MY_DATA, identity, { personId });
    return this.vacancies.createdBy(personId);
  }
}
