import { Policy } from '../policy';
import { departmentOrCrossGovernment, sameDepartment, self } from '../scope.rules';
import { DepartmentScoped, PersonRecord } from './policy-resources';

/**
 * `Person.recommendedOpportunities`: the vacancies that best fit a person, with their skill gaps. It is about the
 * person's own career, read from their profile, so it is the person's, and their department's HR admins' and
 * workforce planners' (every department when cross-government), who may read the whole record anyway and hold the
 * career conversations. Unlike READ_PERSON, consent to share the profile opens nothing here: another department sees
 * a consenting person through its own vacancies' suggested candidates, not their whole list of prospects.
 */
export const RECOMMEND_OPPORTUNITIES = new Policy<PersonRecord>(
  "read this person's recommended opportunities",
  {
    EMPLOYEE: self((person) => person.id),
    HR_ADMIN: departmentOrCrossGovernment((person) => person.departmentCode),
    WORKFORCE_PLANNER: departmentOrCrossGovernment((person) => person.departmentCode),
  },
);

/**
 * `Vacancy.suggestedCandidates`: people who could fill a vacancy, for the people who fill it: the vacancy's
 * department's hiring managers and workforce planners, and cross-government planners. The resource is the vacancy
 * (its department); which people each may see is matching's rule (only people open to move; another department's
 * only with their consent to share their profile), applied in the query.
 */
export const SUGGEST_CANDIDATES = new Policy<DepartmentScoped>("read this vacancy's suggested candidates", {
  HIRING_MANAGER: sameDepartment((vacancy) => vacancy.departmentCode),
  WORKFORCE_PLANNER: departmentOrCrossGovernment((vacancy) => vacancy.departmentCode),
});
