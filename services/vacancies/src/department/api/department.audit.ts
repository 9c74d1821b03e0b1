import { AuditedMutation, createdRecord } from '@civil/platform';
import { AddOrganisationInput, SetEstablishmentInput } from './department.inputs';
import { DepartmentModel, EstablishmentLineModel } from './department.model';

// About no person: organisations and funded posts are not personal data, so the entries sit in the service's audit
// log and the consolidated trail, and reach their author's right of access as actions of theirs.

export const AuditAddOrganisation = () =>
  AuditedMutation<DepartmentModel, { input: AddOrganisationInput }>({
    recordType: 'Department',
    recordId: (department) => department.code,
    changes: ({ input }) => createdRecord(input),
  });

/** The line's FTE on that date before and after: a replaced value stays visible here, as in the history table. */
export const AuditSetEstablishment = () =>
  AuditedMutation<EstablishmentLineModel & { previousFte: number | null }, { input: SetEstablishmentInput }>({
    recordType: 'Establishment',
    recordId: (_line, { input }) => `${input.departmentCode}/${input.profession}/${input.grade}`,
    changes: ({ input }, line) => ({
      before:
        line.previousFte === null ? null : { fte: line.previousFte, effectiveFrom: input.effectiveFrom },
      after: { fte: line.fte, effectiveFrom: line.effectiveFrom },
    }),
  });
