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

/**
 * HR_ADMIN and WORKFORCE_PLANNER with cross-government scope only: for data every department shares (the reference
 * data), which no single department may change for the others.
 */
export const crossGovernmentOnly: Rule<unknown> = (identity) => identity.crossGovernment;

/** Any holder of the role, whatever the resource: for data every such caller may see. */
export const anyone: Rule<unknown> = () => true;

/**
 * HR_ADMIN, HIRING_MANAGER and WORKFORCE_PLANNER of another department: a person's profile, only with the person's
 * consent to share it across departments (their mobility preferences).
 */
export function consentedToShare<R>(consentOf: (resource: R) => boolean | undefined): Rule<R> {
  return (_identity, resource) => consentOf(resource) === true;
}

/** Either rule admits: a department's own scope, or another route such as consent. */
export function either<R>(...rules: Rule<R>[]): Rule<R> {
  return (identity, resource) => rules.some((rule) => rule(identity, resource));
}
