import type { Identity } from '@civil/auth';

/** Federation asks for many people at once (`_entities`); unknown ids are simply absent from the answer. */
export class GetPeopleByIdsQuery {
  constructor(
    readonly ids: string[],
    /** Who asks: each person found is checked against READ_PERSON for them. */
    readonly identity: Identity,
  ) {}
}
