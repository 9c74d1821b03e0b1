import { EDIT_PERSON_PROFILE, MANAGE_PERSON_RECORD } from '@civil/auth';
import { authorize } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PersonDetailsChanges, PersonSnapshot } from '../../domain/person.aggregate';
import { ReferenceDataCatalog } from '../../../reference-data/application/reference-data.catalog';
import { PersonChangeRunner } from '../person-change.runner';
import { checkReferences } from '../reference-checks';
import { UpdatePersonCommand } from './update-person.command';

/** What a person may change about themselves; everything else on the record is their department HR's. */
const PROFILE_FIELDS: ReadonlySet<keyof PersonDetailsChanges> = new Set([
  'givenName',
  'familyName',
  'location',
]);

/** Optional fields a client clears by sending null; on any other field null means "leave as it is". */
const CLEARABLE: ReadonlySet<string> = new Set([
  'location',
  'homeOrganisation',
  'employmentEndsOn',
  'securityClearance',
]);

function withoutNulls(changes: PersonDetailsChanges): PersonDetailsChanges {
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value !== null) kept[field] = value;
    else if (CLEARABLE.has(field)) kept[field] = undefined;
  }
  return kept as PersonDetailsChanges;
}

@Injectable()
export class UpdatePersonHandler {
  constructor(
    private readonly changes: PersonChangeRunner,
    private readonly catalog: ReferenceDataCatalog,
  ) {}

  async execute(command: UpdatePersonCommand): Promise<PersonSnapshot> {
    const { identity } = command;
    const changes = withoutNulls(command.changes);
    await checkReferences(this.catalog, changes);
    const employmentFields = (Object.keys(changes) as (keyof PersonDetailsChanges)[]).filter(
      (field) => changes[field] !== undefined && !PROFILE_FIELDS.has(field),
    );
    return this.changes.run(
      {
        personId: command.personId,
        identity,
        expectedVersion: command.expectedVersion,
        traceId: command.traceId,
        policy: EDIT_PERSON_PROFILE,
      },
      async (person, { now, policy }) => {
        const before = person.snapshot();
        if (employmentFields.length > 0) {
          authorize(MANAGE_PERSON_RECORD, identity, before);
          // Moving a record to another department: HR must hold that department too (or be cross-government).
          if (changes.departmentCode !== undefined && changes.departmentCode !== before.departmentCode)
            authorize(MANAGE_PERSON_RECORD, identity, { ...before, departmentCode: changes.departmentCode });
        }
        const track = before.specialistTrackCode
          ? await this.catalog.specialistTrack(before.specialistTrackCode)
          : null;
        person.changeDetails(changes, now, policy, track ?? undefined);
      },
    );
  }
}
