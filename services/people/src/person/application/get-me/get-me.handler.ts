import { READ_ME } from '@civil/auth';
import { authorize, NotFoundError } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonRepository } from '../../domain/person.repository';
import { GetMeQuery } from './get-me.query';

@Injectable()
export class GetMeHandler {
  constructor(private readonly people: PersonRepository) {}

  async execute({ identity }: GetMeQuery): Promise<PersonSnapshot> {
    const personId = identity.personId ?? '';
    authorize(READ_ME, identity, { personId });
    const person = await this.people.findById(personId);
    if (!person) throw new NotFoundError('Person', personId);
    return person.snapshot();
  }
}
