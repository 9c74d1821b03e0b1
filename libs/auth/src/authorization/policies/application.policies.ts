import { Policy } from '../policy';
import { anyone, departmentOrCrossGovernment, sameDepartment, self } from '../scope.rules';

/** An application as its policies see it: whose it is, and the department of the vacancy it is for. */
export interface ApplicationParties {
  personId: string;
  hostDepartmentCode: string;
}

const applicantOf = (application: ApplicationParties) => application.personId;
const hostOf = (application: ApplicationParties) => application.hostDepartmentCode;

/**
 * `applyForVacancy`: every civil servant may apply for an open vacancy visible to them (eligibility and visibility
 * are the use case's rules, against the vacancy); they apply as themselves, so a caller with no person id cannot.
 */
export const APPLY_FOR_VACANCY = new Policy<void>('apply for a vacancy', { EMPLOYEE: anyone });

/** `withdrawApplication`: the applicant alone. */
export const WITHDRAW_APPLICATION = new Policy<ApplicationParties>('withdraw this application', {
  EMPLOYEE: self(applicantOf),
});

/**
 * `shortlistApplicant`, `rejectApplicant`, `offerMove`, `Vacancy.applications`: the hiring department (DOMAIN.md:
 * hiring managers see applicants and offer), its HR, or cross-government HR.
 */
export const MANAGE_APPLICANTS = new Policy<ApplicationParties>("manage this vacancy's applicants", {
  HIRING_MANAGER: sameDepartment(hostOf),
  HR_ADMIN: departmentOrCrossGovernment(hostOf),
});

/** `myApplications` and an application's own fields: the applicant, and whoever manages the applicants. */
export const READ_APPLICATION = new Policy<ApplicationParties>('read this application', {
  EMPLOYEE: self(applicantOf),
  HIRING_MANAGER: sameDepartment(hostOf),
  HR_ADMIN: departmentOrCrossGovernment(hostOf),
});
