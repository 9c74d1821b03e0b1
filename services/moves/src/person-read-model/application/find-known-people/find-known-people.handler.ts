import { Injectable } from '@nestjs/common';
import { PersonReadModelStore } from '../person-read-model.store';
import { FindKnownPeopleQuery } from './find-known-people.query';

/** Which of these people moves has taken in: tells an operator whether the event pipeline has caught up. */
@Injectable()
export class FindKnownPeopleHandler {
  constructor(private readonly people: PersonReadModelStore) {}

  execute(query: FindKnownPeopleQuery): Promise<Set<string>> {
    return this.people.knownIds(query.personIds);
  }
}
