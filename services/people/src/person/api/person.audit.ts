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
