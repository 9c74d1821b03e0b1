import { KnownPerson } from '../known-person';

/** Take in a person's latest known state, from a people event. */
export class ProjectPersonCommand {
  constructor(readonly person: KnownPerson) {}
}
