/**
 * The roles a caller can hold. Each is scoped (see Identity): an EMPLOYEE acts on themself, HIRING_MANAGER and HR_ADMIN
 * on their department, WORKFORCE_PLANNER on their department or across government, SERVICE is a department's own system.
 */
export const ROLES = ['EMPLOYEE', 'HIRING_MANAGER', 'HR_ADMIN', 'WORKFORCE_PLANNER', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
