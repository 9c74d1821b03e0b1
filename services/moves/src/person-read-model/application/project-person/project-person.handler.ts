import { Injectable } from '@nestjs/common';
import { PersonReadModelStore } from '../person-read-model.store';
import { ProjectPersonCommand } from './project-person.command';

export type ProjectionOutcome = 'applied' | 'stale';

/** Runs inside the inbox's transaction, which owns it: the row and the inbox entry commit together. */
@Injectable()
export class ProjectPersonHandler {
  constructor(private readonly people: PersonReadModelStore) {}

  async execute({ person }: ProjectPersonCommand): Promise<ProjectionOutcome> {
    // Events can arrive late or twice (at-least-once delivery); an older version must never overwrite a newer one.
    const held = await this.people.versionOf(person.personId);
    if (held !== undefined && held >= person.version) return 'stale';
    await this.people.save(person);
    return 'applied';
  }
}
