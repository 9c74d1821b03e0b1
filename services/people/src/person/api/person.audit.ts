import { AuditedMutation, AuditedRead, createdRecord } from '@civil/platform';
import { PersonModel } from './person.model';
import { RegisterPersonInput } from './register-person.input';

/** registerPerson: a new record about the person registered, with every field it was given (no secrets among them). */
export const AuditRegisterPerson = () =>
  AuditedMutation<PersonModel, { input: RegisterPersonInput }>({
    recordType: 'Person',
    recordId: (person) => person.id,
    subjectPersonId: (person) => person.id,
    changes: ({ input }) => createdRecord(input),
  });

/** person(id): a read of someone's record, audited unless they are reading their own. */
export const AuditReadPerson = () =>
  AuditedRead<PersonModel>({
    recordType: 'Person',
    recordId: (person) => person.id,
    subjectPersonId: (person) => person.id,
  });

/**
 * A change to a stored person: the fields the mutation set, as they are after it, and the version it produced. The
 * values before are in the previous entries about the same record (the trail is append-only and complete).
 */
const AuditPersonChange = <TArgs>(
  personIdOf: (args: TArgs) => string,
  after: (result: PersonModel, args: TArgs) => Record<string, unknown>,
) =>
  AuditedMutation<PersonModel, TArgs>({
    recordType: 'Person',
    recordId: (_person, args) => personIdOf(args),
    subjectPersonId: (_person, args) => personIdOf(args),
    changes: (args, person) => ({ before: null, after: { ...after(person, args), version: person.version } }),
  });

const pick = (person: PersonModel, keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, (person as unknown as Record<string, unknown>)[key] ?? null]));

export const AuditUpdatePerson = () =>
  AuditPersonChange<{ id: string; input: object }>(
    (args) => args.id,
    (person, { input }) => pick(person, Object.keys(input)),
  );
export const AuditSetSkills = () =>
  AuditPersonChange<{ personId: string }>(
    (args) => args.personId,
    (person) => ({ skills: person.skills }),
  );
export const AuditSetSkillsToDevelop = () =>
  AuditPersonChange<{ personId: string }>(
    (args) => args.personId,
    (person) => ({ skillsToDevelop: person.skillsToDevelop }),
  );
export const AuditSetMobilityPreferences = () =>
  AuditPersonChange<{ personId: string }>(
    (args) => args.personId,
    (person) => ({ mobilityPreferences: person.preferences }),
  );
export const AuditTrackChange = () =>
  AuditPersonChange<{ personId: string }>(
    (args) => args.personId,
    (person) => pick(person, ['specialistTrackCode', 'specialistTrackJoinedOn']),
  );
export const AuditRecordLeaver = () =>
  AuditPersonChange<{ personId: string }>(
    (args) => args.personId,
    (person) => pick(person, ['status', 'leftOn']),
  );
