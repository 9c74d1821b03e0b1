import { Policy } from '../policy';
import { self } from '../scope.rules';
import { DataSubject } from './policy-resources';

/** `me`: the caller's own person record, in whatever role they signed in; only callers with a person id have one. */
export const READ_ME = new Policy<DataSubject>('read your own record', {
  EMPLOYEE: self((subject) => subject.personId),
  HIRING_MANAGER: self((subject) => subject.personId),
  HR_ADMIN: self((subject) => subject.personId),
  WORKFORCE_PLANNER: self((subject) => subject.personId),
});
