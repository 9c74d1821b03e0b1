import { READ_PERSON } from '@civil/auth';
import { authorize, NotFoundError } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonRepository } from '../../domain/person.repository';
import { GetPersonQuery } from './get-person.query';

@Injectable()
export class GetPersonHandler {
  constructor(private readonly people: PersonRepository) {}

  async execute(query: GetPersonQuery): Promise<PersonSnapshot> {
    const person = await this.people.findById(query.id);
    if (!person) throw new NotFoundError('Person', query.id);
    const snapshot = person.snapshot();
    authorize(READ_PERSON, query.identity, snapshot);
    return snapshot;
  }
}
