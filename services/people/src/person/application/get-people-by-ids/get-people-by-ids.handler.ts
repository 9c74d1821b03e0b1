import { READ_PERSON } from '@civil/auth';
import { AuthorizationError, denialOf } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonRepository } from '../../domain/person.repository';
import { GetPeopleByIdsQuery } from './get-people-by-ids.query';

/** A person the caller may read, or why not: one refusal must not fail the rest of the batch. */
export type ReadablePerson = PersonSnapshot | AuthorizationError;

@Injectable()
export class GetPeopleByIdsHandler {
  constructor(private readonly people: PersonRepository) {}

  async execute(query: GetPeopleByIdsQuery): Promise<Map<string, ReadablePerson>> {
    const people = await this.people.findByIds(query.ids);
    return new Map(
      people.map((person) => {
        const snapshot = person.snapshot();
        return [person.id, denialOf(READ_PERSON, query.identity, snapshot) ?? snapshot];
      }),
    );
  }
}
