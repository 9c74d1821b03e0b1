import { Policy } from '../policy';
import { self } from '../scope.rules';
import { DataSubject } from './policy-resources';

/**
 * `myData` and what each subgraph adds to MyData: a signed-in civil servant may see what is held about them (UK GDPR
 * right of access), in whatever role they signed in, and nobody else may, whatever their role: it is self for all.
 */
export const READ_MY_DATA = new Policy<DataSubject>('read data held about this person', {
  EMPLOYEE: self((subject) => subject.personId),
  HIRING_MANAGER: self((subject) => subject.personId),
  HR_ADMIN: self((subject) => subject.personId),
  WORKFORCE_PLANNER: self((subject) => subject.personId),
  SERVICE: self((subject) => subject.personId),
});
