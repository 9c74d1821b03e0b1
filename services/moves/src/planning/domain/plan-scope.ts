import { PlanRuleViolation } from './plan.errors';

/** Where a plan looks: people and posts in these departments, professions and grades (every list non-empty). */
export interface PlanScope {
  departments: readonly string[];
  professions: readonly string[];
  grades: readonly string[];
}

export interface LineKey {
  departmentCode: string;
  profession: string;
  grade: string;
}

export function checkScope(scope: PlanScope): PlanScope {
  for (const field of ['departments', 'professions', 'grades'] as const)
    if (scope[field].length === 0)
      throw new PlanRuleViolation(
        'PLAN.EMPTY_SCOPE',
        `scope.${field}`,
        `a plan's scope names at least one of ${field}`,
      );
  const unique = (values: readonly string[]) => [...new Set(values)].sort();
  return {
    departments: unique(scope.departments),
    professions: unique(scope.professions),
    grades: unique(scope.grades),
  };
}

export const inScope = (scope: PlanScope, line: LineKey): boolean =>
  scope.departments.includes(line.departmentCode) &&
  scope.professions.includes(line.profession) &&
  scope.grades.includes(line.grade);
