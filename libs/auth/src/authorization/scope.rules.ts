import { Rule } from './policy';

/** EMPLOYEE: their own record only. */
export function self<R>(personIdOf: (resource: R) => string | undefined): Rule<R> {
  return (identity, resource) =>
    identity.personId !== undefined && identity.personId === personIdOf(resource);
}

/** HIRING_MANAGER and SERVICE: their own department only, whatever else the identity says. */
export function sameDepartment<R>(departmentOf: (resource: R) => string | undefined): Rule<R> {
  return (identity, resource) =>
    identity.departmentCode !== undefined && identity.departmentCode === departmentOf(resource);
}

/**
 * HR_ADMIN and WORKFORCE_PLANNER: their department, or every department when their scope is cross-government (the
 * identity's `crossGovernment`, which widens only these two roles).
 */
export function departmentOrCrossGovernment<R>(departmentOf: (resource: R) => string | undefined): Rule<R> {
  const department = sameDepartment(departmentOf);
  return (identity, resource) => identity.crossGovernment || department(identity, resource);
}

/** Any holder of the role, whatever the resource: for data every such caller may see. */
export const anyone: Rule<unknown> = () => true;
