import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonRepository } from '../../domain/person.repository';
import { GetPeopleByIdsQuery } from './get-people-by-ids.query';

@Injectable()
export class GetPeopleByIdsHandler {
  constructor(private readonly people: PersonRepository) {}

  async execute(query: GetPeopleByIdsQuery): Promise<Map<string, PersonSnapshot>> {
    const people = await this.people.findByIds(query.ids);
    return new Map(people.map((person) => [person.id, person.snapshot()]));
  }
}
